// After recording: the take replayed at a playhead (the editor as the learner will see it, notes drawn),
// its timeline to complete or prune, a range to cut, a point to record again from, the captions, the
// description — and saving it to the server (teachers only) or to a file the command line imports.
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { CodecastTimeline } from '../../../contracts/codecast.ts';
import type { ApiClient } from '../../api/api-client.ts';
import type { CodeEditorHandle, EditorHighlight } from '../../exercise/editor-handle.ts';
import { LazyCodeEditor } from '../../exercise/lazy-code-editor.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { buildChunks } from '../engine/chunk-builder.ts';
import { seekState } from '../engine/seek.ts';
import { activeAnnotations } from '../engine/timeline-queries.ts';
import { FileTabs } from '../file-tabs.tsx';
import { formatClock, parseClock } from '../format-clock.ts';
import { CaptionsEditor } from './captions-editor.tsx';
import type { TakeRecord } from './recorder-store.ts';
import { SavePanel } from './save-panel.tsx';
import { cutTake, lineAt, type Take } from './take.ts';
import { TakeMetaForm } from './take-meta-form.tsx';
import { TimelineForm } from './timeline-form.tsx';
import { TimelineList } from './timeline-list.tsx';

export interface EditStageProps {
  api: ApiClient;
  db: IDBDatabase;
  take: TakeRecord;
  /** `undoable`: the change may be taken back (cuts). */
  onChange(take: TakeRecord, undoable?: boolean): void;
  onUndo: (() => void) | null;
  onRecordFrom(atMs: number): void;
}

export function EditStage({ api, db, take, onChange, onUndo, onRecordFrom }: EditStageProps) {
  const { t, text } = useI18n();
  const r = t.codecast.recorder;
  const { recording } = take;
  const [atMs, setAtMs] = useState(recording.durationMs);
  const at = Math.min(atMs, recording.durationMs);
  const chunks = useMemo(() => buildChunks(recording), [recording]);
  const state = useMemo(() => seekState(chunks, at), [chunks, at]);
  const handle = useRef<CodeEditorHandle | null>(null);
  const file = state.files[state.activeFile];
  const [cutFrom, setCutFrom] = useState('');
  const [cutTo, setCutTo] = useState('');
  const [cutProblem, setCutProblem] = useState<string | null>(null);

  useEffect(() => {
    if (file) handle.current?.setView({ text: file.text, selections: file.selections, scroll: file.scroll });
  }, [file]);

  const highlights = useMemo<EditorHighlight[]>(
    () =>
      activeAnnotations(take.timeline.annotations, at).flatMap((a): EditorHighlight[] => {
        if (a.file !== state.activeFile) return [];
        const message = a.text ? text(a.text) : undefined;
        if (a.kind === 'highlight')
          return [
            { fromLine: a.fromLine, toLine: a.toLine, kind: 'highlight', ...(message ? { message } : {}) },
          ];
        return a.line === undefined
          ? []
          : [{ fromLine: a.line, toLine: a.line, kind: 'pointer', ...(message ? { message } : {}) }];
      }),
    [take.timeline, at, state.activeFile, text],
  );

  const setTimeline = (timeline: CodecastTimeline) => onChange({ ...take, timeline });

  const cut = () => {
    const from = parseClock(cutFrom);
    const to = parseClock(cutTo);
    if (from === null || to === null || from >= to || to > recording.durationMs) {
      setCutProblem(r.cutInvalid(formatClock(recording.durationMs)));
      return;
    }
    setCutProblem(null);
    const asTake: Take = {
      meta: take.meta,
      recording,
      timeline: take.timeline,
      captions: take.captions,
      audio: take.audio,
    };
    const edited = cutTake(asTake, from, to);
    onChange({ ...take, ...edited, updatedAt: Date.now() }, true);
    setAtMs(from);
  };

  return (
    <section className="edit-stage" aria-labelledby="edit-stage-title">
      <h2 id="edit-stage-title">{r.editTitle(formatClock(recording.durationMs))}</h2>
      <div className="codecast-timeline">
        <input
          type="range"
          min={0}
          max={recording.durationMs}
          step={100}
          value={at}
          aria-label={r.playhead}
          aria-valuetext={t.codecast.timeValue(formatClock(at), formatClock(recording.durationMs), null)}
          onChange={(event) => setAtMs(Number(event.currentTarget.value))}
        />
      </div>
      <p className="codecast-time">
        {formatClock(at)} / {formatClock(recording.durationMs)}
      </p>
      <FileTabs files={take.meta.files} active={state.activeFile} onSelect={null} />
      <div className="editor-frame codecast-editor">
        <Suspense fallback={<p className="editor-placeholder">{t.exercise.editorLoading}</p>}>
          <LazyCodeEditor
            value={file?.text ?? ''}
            language={take.meta.files[state.activeFile]?.language ?? 'javascript'}
            onChange={ignoreChange}
            markers={noMarkers}
            label={r.previewLabel(formatClock(at))}
            readOnly
            highlights={highlights}
            handleRef={handle}
            onReady={() =>
              file && handle.current?.setView({ selections: file.selections, scroll: file.scroll })
            }
          />
        </Suspense>
      </div>
      {state.lastRun && <p className="take-over-note">{r.lastRunAt(t.results[state.lastRun.status])}</p>}
      <div className="work-bar">
        <button type="button" onClick={() => onRecordFrom(at)}>
          {r.recordFrom(formatClock(at))}
        </button>
        {onUndo && (
          <button type="button" onClick={onUndo}>
            {r.undo}
          </button>
        )}
      </div>
      <p className="take-over-note">{r.recordFromHint}</p>
      <fieldset className="cut-form">
        <legend>{r.cutTitle}</legend>
        <label>
          {r.cutFrom}{' '}
          <input value={cutFrom} placeholder="0:05" onChange={(event) => setCutFrom(event.target.value)} />
        </label>
        <label>
          {r.cutTo}{' '}
          <input value={cutTo} placeholder="0:12.5" onChange={(event) => setCutTo(event.target.value)} />
        </label>
        <button type="button" onClick={cut}>
          {r.cut}
        </button>
        {cutProblem && <p role="alert">{cutProblem}</p>}
      </fieldset>
      <TimelineForm
        now={() => at}
        where={() => {
          const [anchor = 0, head = 0] = handle.current?.getSelections()[0] ?? [];
          const source = file?.text ?? '';
          const lines = [lineAt(source, anchor), lineAt(source, head)].sort((a, b) => a - b);
          return { file: state.activeFile, fromLine: lines[0] ?? 1, toLine: lines[1] ?? 1 };
        }}
        defaultExercise={take.meta.exercise}
        onAdd={(change) => setTimeline(change(take.timeline))}
      />
      <TimelineList timeline={take.timeline} onChange={setTimeline} onGo={setAtMs} />
      <CaptionsEditor
        captions={take.captions}
        atMs={at}
        onChange={(captions) => onChange({ ...take, captions })}
      />
      <TakeMetaForm
        meta={take.meta}
        onChange={(meta) => onChange({ ...take, meta: { ...meta, files: take.meta.files } })}
      />
      <SavePanel api={api} db={db} take={take} />
    </section>
  );
}

const noMarkers: never[] = [];

function ignoreChange(): void {
  // The preview is read-only.
}
