// Before the first recording: the codecast's description, its files and what they hold at the start
// (the tied exercise's starter code is one click away), and the microphone test.
import { useId, useState } from 'react';
import type { CodecastFile } from '../../../contracts/codecast.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { fetchExercise } from '../../api/exercise-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { MicrophoneCheck } from './microphone-check.tsx';
import type { TakeMeta } from './take.ts';
import { metaProblems, TakeMetaForm } from './take-meta-form.tsx';

export type FileDraft = CodecastFile & { text: string };

export interface TakeSetupProps {
  api: ApiClient;
  stream: MediaStream | null;
  onStream(stream: MediaStream | null): void;
  onStart(meta: TakeMeta, texts: string[]): void;
  onCancel(): void;
}

export function TakeSetup({ api, stream, onStream, onStart, onCancel }: TakeSetupProps) {
  const { t } = useI18n();
  const r = t.codecast.recorder;
  const id = useId();
  const [meta, setMeta] = useState<TakeMeta>({
    id: '',
    title: { en: '', fr: '' },
    language: 'en',
    exercise: null,
    files: [],
  });
  const [files, setFiles] = useState<FileDraft[]>([{ name: 'main.js', language: 'javascript', text: '' }]);
  const [starterProblem, setStarterProblem] = useState<string | null>(null);
  const full: TakeMeta = {
    ...meta,
    files: files.map(({ name, language }) => ({ name: name.trim(), language })),
  };
  const problems = metaProblems(full);

  const setFile = (index: number, change: Partial<FileDraft>) =>
    setFiles((list) => list.map((file, i) => (i === index ? { ...file, ...change } : file)));

  const loadStarter = async () => {
    setStarterProblem(null);
    if (!meta.exercise) return;
    try {
      const exercise = await fetchExercise(api, meta.exercise);
      setFile(0, { text: exercise.starter, language: exercise.language });
    } catch (error) {
      setStarterProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="take-setup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{r.setupTitle}</h2>
      <TakeMetaForm meta={full} onChange={(next) => setMeta({ ...next, files: [] })} />
      <fieldset className="take-files">
        <legend>{t.codecast.files}</legend>
        {files.map((file, index) => (
          // Files are edited in place and never reordered: their position is their identity here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <div key={index} className="take-file">
            <label>
              {r.fileName}{' '}
              <input value={file.name} onChange={(event) => setFile(index, { name: event.target.value })} />
            </label>
            <label>
              {r.fileLanguage}{' '}
              <select
                value={file.language}
                onChange={(event) =>
                  setFile(index, { language: event.target.value as FileDraft['language'] })
                }
              >
                <option value="javascript">JavaScript</option>
                <option value="typescript">TypeScript</option>
              </select>
            </label>
            <label className="take-file-text">
              {r.fileStart(file.name || String(index + 1))}
              <textarea
                rows={5}
                value={file.text}
                spellCheck={false}
                onChange={(event) => setFile(index, { text: event.target.value })}
              />
            </label>
            {files.length > 1 && (
              <button type="button" onClick={() => setFiles((list) => list.filter((_, i) => i !== index))}>
                {r.removeFile(file.name)}
              </button>
            )}
          </div>
        ))}
        <div className="work-bar">
          <button
            type="button"
            onClick={() =>
              setFiles((list) => [
                ...list,
                { name: `file${list.length + 1}.js`, language: 'javascript', text: '' },
              ])
            }
          >
            {r.addFile}
          </button>
          <button type="button" onClick={() => void loadStarter()} disabled={!meta.exercise}>
            {r.useStarter}
          </button>
        </div>
        {starterProblem && <p role="alert">{starterProblem}</p>}
      </fieldset>
      <MicrophoneCheck stream={stream} onStream={onStream} />
      <div className="work-bar">
        <button
          type="button"
          className="primary"
          disabled={problems.length > 0}
          onClick={() =>
            onStart(
              full,
              files.map((file) => file.text),
            )
          }
        >
          {r.start}
        </button>
        <button type="button" onClick={onCancel}>
          {r.cancel}
        </button>
      </div>
      {problems.length > 0 && <p className="take-over-note">{r.fixFirst}</p>}
    </section>
  );
}
