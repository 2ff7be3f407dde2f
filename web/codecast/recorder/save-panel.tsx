// Saving a take: packed and checked here first (what is wrong is listed before anything is sent), then
// uploaded as a new version of the codecast (PUT /api/codecasts/:id, teachers only; the server checks it
// plays and keeps every earlier version), or downloaded as the same JSON for
// `npm run exo -- codecast export <id> <exercise-dir> --from <file>`.
import { useState } from 'react';
import type { CodecastUpload } from '../../../contracts/codecast-api.ts';
import { type ApiClient, ApiRequestError } from '../../api/api-client.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CodecastRefused, uploadCodecast } from '../codecast-api.ts';
import { codecastPaths } from '../codecast-paths.ts';
import { narrationFile } from './narration-file.ts';
import { type PackProblem, packTake } from './pack-take.ts';
import type { TakeRecord } from './recorder-store.ts';
import { metaProblems } from './take-meta-form.tsx';

type SaveState =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'invalid'; problems: PackProblem[] }
  | { state: 'saved'; id: string; created: boolean }
  | { state: 'downloaded'; file: string }
  | { state: 'failed'; message: string };

export function SavePanel({ api, db, take }: { api: ApiClient; db: IDBDatabase; take: TakeRecord }) {
  const { t } = useI18n();
  const r = t.codecast.recorder;
  const [save, setSave] = useState<SaveState>({ state: 'idle' });

  const prepare = async (): Promise<CodecastUpload | null> => {
    setSave({ state: 'working' });
    const meta = metaProblems(take.meta).map((problem) => ({
      path: 'meta',
      message: r.metaProblems[problem],
    }));
    if (meta.length > 0) {
      setSave({ state: 'invalid', problems: meta });
      return null;
    }
    const audio = await narrationFile(db, take);
    const { upload, problems } = packTake(take, audio);
    if (problems.length > 0) {
      setSave({ state: 'invalid', problems });
      return null;
    }
    return upload;
  };

  const fail = (error: unknown) =>
    error instanceof CodecastRefused
      ? setSave({
          state: 'invalid',
          problems: error.problems.map((problem) => ({
            path: `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}`,
            message: problem.message,
          })),
        })
      : setSave({
          state: 'failed',
          message:
            error instanceof ApiRequestError
              ? (r.saveErrors[error.code] ?? `${error.message} (${error.code})`)
              : error instanceof Error
                ? error.message
                : String(error),
        });

  const upload = async () => {
    try {
      const packed = await prepare();
      if (!packed) return;
      const saved = await uploadCodecast(api, packed);
      setSave({ state: 'saved', id: saved.id, created: saved.created });
    } catch (error) {
      fail(error);
    }
  };

  const download = async () => {
    try {
      const packed = await prepare();
      if (!packed) return;
      const file = `${packed.manifest.id}.codecast.json`;
      const url = URL.createObjectURL(new Blob([JSON.stringify(packed)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setSave({ state: 'downloaded', file });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="save-panel" aria-labelledby="save-panel-title">
      <h3 id="save-panel-title">{r.saveTitle}</h3>
      <div className="work-bar">
        <button
          type="button"
          className="primary"
          onClick={() => void upload()}
          disabled={save.state === 'working'}
        >
          {r.upload}
        </button>
        <button type="button" onClick={() => void download()} disabled={save.state === 'working'}>
          {r.download}
        </button>
      </div>
      <p className="take-over-note">{r.downloadHint}</p>
      <div role="status" aria-live="polite">
        {save.state === 'working' && <p>{r.saving}</p>}
        {save.state === 'saved' && (
          <p className="results-status passed">
            {save.created ? r.saved : r.savedSame} <a href={codecastPaths.watch(save.id)}>{r.watch}</a>
          </p>
        )}
        {save.state === 'downloaded' && <p>{r.downloaded(save.file)}</p>}
      </div>
      {save.state === 'invalid' && (
        <div role="alert">
          <p>{r.invalid}</p>
          <ul className="take-problems">
            {save.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {save.state === 'failed' && <p role="alert">{r.saveFailed(save.message)}</p>}
    </section>
  );
}
