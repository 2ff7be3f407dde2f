// Recording: the teacher's Monaco session (edits from Monaco's own change events, selections, scrolls,
// file switches, runs with the grader's real answer) becomes events on the take's time line, the
// microphone (when on) is recorded alongside, and everything goes to IndexedDB as it is made — closed
// chunks at once, the open chunk and the time reached every 2 s, the voice every second — so a crash
// loses at most a couple of seconds. Chapters, notes and checkpoints can be added as it goes.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { CodecastTimeline } from '../../../contracts/codecast.ts';
import type { Scroll, Selection } from '../../../contracts/codecast-chunk.ts';
import { type ApiClient, ApiRequestError } from '../../api/api-client.ts';
import { runCode } from '../../api/exercise-api.ts';
import type {
  CodeEditorHandle,
  EditorChange,
  EditorScroll,
  EditorSelection,
} from '../../exercise/editor-handle.ts';
import { LazyCodeEditor } from '../../exercise/lazy-code-editor.ts';
import { ResultsPanel } from '../../exercise/results-panel.tsx';
import type { GradingState } from '../../exercise/use-grading.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { sameScroll, sameSelections } from '../engine/apply-event.ts';
import type { RecordedEvent } from '../engine/codecast-event.ts';
import { editsFromModelChanges } from '../engine/model-changes.ts';
import { FileTabs } from '../file-tabs.tsx';
import { formatClock } from '../format-clock.ts';
import {
  clearLive,
  flushOpenChunk,
  putAudioPiece,
  putChunks,
  putTake,
  type TakeRecord,
} from './recorder-store.ts';
import { recoverRecording, type StoredChunk, startJournal } from './recording-journal.ts';
import { recordedRunOf, sha256Hex } from './run-summary.ts';
import { lineAt } from './take.ts';
import { TimelineForm } from './timeline-form.tsx';

/** The open chunk is stored this often: a crash loses at most this much (the issue asks for 5 s at most). */
const flushEveryMs = 2_000;

export interface RecordingStageProps {
  api: ApiClient;
  db: IDBDatabase;
  /** The take to record into: `recording` is what came before (empty, or truncated at the re-record point). */
  take: TakeRecord;
  stream: MediaStream | null;
  onStopped(take: TakeRecord): void;
}

function preferredMimeType(): string | undefined {
  return ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4'].find(
    (type) => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(type),
  );
}

export function RecordingStage({ api, db, take, stream, onStopped }: RecordingStageProps) {
  const { t } = useI18n();
  const r = t.codecast.recorder;
  const fileCount = take.meta.files.length;
  const baseMs = take.recording.durationMs;
  const [{ journal, closed }] = useState(() => startJournal(take.recording));
  const startedAt = useRef(performance.now());
  const chunks = useRef<StoredChunk[]>([...closed]);
  const live = useRef<TakeRecord>({ ...take, status: 'recording', untilMs: baseMs, liveAudio: null });
  const handle = useRef<CodeEditorHandle | null>(null);
  const mediaRecorder = useRef<MediaRecorder | null>(null);
  const audioSaved = useRef<Promise<void>>(Promise.resolve());
  const [activeFile, setActiveFile] = useState(journal.state.activeFile);
  const [elapsed, setElapsed] = useState(baseMs);
  const [timeline, setTimeline] = useState<CodecastTimeline>(take.timeline);
  const [run, setRun] = useState<GradingState>({ phase: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [stopping, setStopping] = useState(false);

  const now = useCallback(
    () => Math.max(baseMs + Math.round(performance.now() - startedAt.current), journal.lastEventMs, 0),
    [baseMs, journal],
  );

  const fail = useCallback(
    (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    [],
  );

  const push = useCallback(
    (event: RecordedEvent) => {
      const completed = journal.push(event);
      if (completed.length === 0) return;
      chunks.current.push(...completed);
      putChunks(db, take.id, completed).catch(fail);
    },
    [db, journal, take.id, fail],
  );

  const flush = useCallback(() => {
    live.current = { ...live.current, untilMs: now(), updatedAt: Date.now() };
    return flushOpenChunk(db, live.current, journal.open()).catch(fail);
  }, [db, journal, now, fail]);

  // The session's start: earlier chunks (a re-recording's base) stored again, the microphone started.
  useEffect(() => {
    void clearLive(db, take.id)
      .then(() => putChunks(db, take.id, closed))
      .then(() => putTake(db, live.current))
      .catch(fail);
    const mimeType = preferredMimeType();
    if (stream && mimeType) {
      const blob = `${take.id}/${Date.now()}`;
      const recorder = new MediaRecorder(stream, { mimeType });
      let sequence = 0;
      recorder.ondataavailable = (event) => {
        if (event.data.size === 0) return;
        const piece = sequence++;
        audioSaved.current = audioSaved.current
          .then(() => putAudioPiece(db, blob, piece, event.data))
          .catch(fail);
      };
      recorder.start(1_000);
      mediaRecorder.current = recorder;
      live.current = {
        ...live.current,
        liveAudio: { blob, mimeType: recorder.mimeType || mimeType, atMs: baseMs },
      };
    }
    const flushTimer = setInterval(() => void flush(), flushEveryMs);
    const clock = setInterval(() => setElapsed(now()), 250);
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      const recorder = mediaRecorder.current;
      if (recorder && recorder.state !== 'inactive') recorder.stop();
      clearInterval(flushTimer);
      clearInterval(clock);
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [db, take.id, closed, stream, baseMs, flush, now, fail]);

  const activeText = useCallback(() => journal.state.files[journal.state.activeFile]?.text ?? '', [journal]);
  const activeSelections = useCallback(
    () => journal.state.files[journal.state.activeFile]?.selections ?? [],
    [journal],
  );

  const recordSelections = useCallback(
    (selections: readonly EditorSelection[], atMs: number) => {
      const length = activeText().length;
      const next = selections.map(([a, h]): Selection => [a, h]);
      if (next.length === 0 || next.some(([a, h]) => a > length || h > length)) return;
      if (!sameSelections(next, activeSelections())) push({ kind: 'select', atMs, selections: next });
    },
    [push, activeText, activeSelections],
  );

  const onUserEdit = useCallback(
    (changes: readonly EditorChange[]) => {
      const atMs = now();
      try {
        for (const edit of editsFromModelChanges(activeText(), changes, atMs)) push(edit);
      } catch (error) {
        fail(error);
        return;
      }
      // Where Monaco left the caret (auto-closed brackets, several cursors) when it is not after the insertion.
      if (handle.current) recordSelections(handle.current.getSelections(), atMs);
    },
    [now, push, recordSelections, fail, activeText],
  );

  const onSelectionsChange = useCallback(
    (selections: EditorSelection[]) => {
      // A caret event may come before its edit's content event: only selections of the text as recorded count.
      if (handle.current?.getValue() !== activeText()) return;
      recordSelections(selections, now());
    },
    [now, recordSelections, activeText],
  );

  const onScrollChange = useCallback(
    (scroll: EditorScroll) => {
      const current = journal.state.files[journal.state.activeFile]?.scroll;
      const next: Scroll = [Math.max(1, scroll[0]), Math.max(0, scroll[1])];
      if (current && !sameScroll(current, next)) push({ kind: 'scroll', atMs: now(), scroll: next });
    },
    [journal, now, push],
  );

  const switchFile = (file: number) => {
    if (file === journal.state.activeFile) return;
    push({ kind: 'focus', atMs: now(), file });
    setActiveFile(file);
  };

  const onEditorReady = useCallback(() => {
    const file = journal.state.files[journal.state.activeFile];
    if (file) handle.current?.setView({ selections: file.selections, scroll: file.scroll });
  }, [journal]);

  const runNow = async () => {
    const exercise = live.current.meta.exercise;
    if (!exercise) return;
    const code = activeText();
    setRun({ phase: 'running', kind: 'run' });
    try {
      const language = take.meta.files[journal.state.activeFile]?.language ?? 'javascript';
      const result = await runCode(api, exercise, code, language);
      push({ kind: 'run', atMs: now(), run: recordedRunOf(result, await sha256Hex(code)) });
      setRun({ phase: 'done', kind: 'run', result });
    } catch (error) {
      setRun(
        error instanceof ApiRequestError
          ? { phase: 'failed', kind: 'run', code: error.code, message: error.message }
          : { phase: 'failed', kind: 'run', code: 'network', message: String(error) },
      );
    }
  };

  const stop = async () => {
    setStopping(true);
    const endMs = Math.max(now(), journal.lastEventMs + 1, baseMs + 1);
    const last = journal.finish(endMs);
    chunks.current.push(...last);
    try {
      const recorder = mediaRecorder.current;
      if (recorder && recorder.state !== 'inactive') {
        const ended = new Promise((resolve) => recorder.addEventListener('stop', resolve, { once: true }));
        recorder.stop();
        await ended;
      }
      await audioSaved.current;
      const recording = recoverRecording(chunks.current, null, endMs, fileCount);
      const liveAudio = live.current.liveAudio;
      const stopped: TakeRecord = {
        ...live.current,
        status: 'stopped',
        recording,
        timeline: live.current.timeline,
        audio: liveAudio
          ? [
              ...take.audio,
              {
                blob: liveAudio.blob,
                mimeType: liveAudio.mimeType,
                atMs: liveAudio.atMs,
                fromMs: 0,
                durationMs: endMs - liveAudio.atMs,
              },
            ]
          : take.audio,
        liveAudio: null,
        untilMs: endMs,
        updatedAt: Date.now(),
      };
      await putTake(db, stopped);
      await clearLive(db, take.id);
      onStopped(stopped);
    } catch (error) {
      fail(error);
      setStopping(false);
    }
  };

  const addToTimeline = (change: (timeline: CodecastTimeline) => CodecastTimeline) => {
    live.current = { ...live.current, timeline: change(live.current.timeline) };
    setTimeline(live.current.timeline);
  };

  const file = take.meta.files[activeFile];
  return (
    <section className="recording-stage" aria-labelledby="recording-title">
      <h2 id="recording-title">{r.recordingTitle}</h2>
      <p className="recording-indicator">
        <span aria-hidden="true">● </span>
        {r.recordingSince} <span className="codecast-time">{formatClock(elapsed)}</span>
        {live.current.liveAudio ? ` — ${r.voiceOn}` : ` — ${r.voiceOff}`}
      </p>
      <p role="status" className="visually-hidden">
        {stopping ? r.stopping : r.recordingStarted}
      </p>
      <FileTabs files={take.meta.files} active={activeFile} onSelect={switchFile} />
      <div className="editor-frame codecast-editor">
        <Suspense fallback={<p className="editor-placeholder">{t.exercise.editorLoading}</p>}>
          <LazyCodeEditor
            value={journal.state.files[activeFile]?.text ?? ''}
            language={file?.language ?? 'javascript'}
            onChange={ignoreChange}
            markers={noMarkers}
            label={r.editorLabel(file?.name ?? '')}
            handleRef={handle}
            onUserEdit={onUserEdit}
            onSelectionsChange={onSelectionsChange}
            onScrollChange={onScrollChange}
            onReady={onEditorReady}
          />
        </Suspense>
      </div>
      <div className="work-bar">
        {take.meta.exercise ? (
          <button type="button" onClick={() => void runNow()} disabled={run.phase === 'running' || stopping}>
            {r.run}
          </button>
        ) : (
          <p className="take-over-note">{r.noExerciseToRun}</p>
        )}
        <button type="button" className="primary" onClick={() => void stop()} disabled={stopping}>
          {r.stop}
        </button>
      </div>
      {problem && <p role="alert">{r.storeFailed(problem)}</p>}
      {run.phase !== 'idle' && <ResultsPanel state={run} />}
      <TimelineForm
        now={now}
        where={() => {
          const [anchor = 0, head = 0] = handle.current?.getSelections()[0] ?? [];
          const text = activeText();
          const lines = [lineAt(text, anchor), lineAt(text, head)].sort((a, b) => a - b);
          return { file: journal.state.activeFile, fromLine: lines[0] ?? 1, toLine: lines[1] ?? 1 };
        }}
        defaultExercise={take.meta.exercise}
        onAdd={addToTimeline}
      />
      <p className="take-over-note">
        {r.timelineCount(timeline.chapters.length, timeline.annotations.length, timeline.checkpoints.length)}
      </p>
    </section>
  );
}

const noMarkers: never[] = [];

function ignoreChange(): void {
  // Recorded from onUserEdit, which has Monaco's changes rather than the new text alone.
}
