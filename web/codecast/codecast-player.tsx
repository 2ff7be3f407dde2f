// A codecast, played: the teacher's editor replayed in Monaco (read-only while it plays), the voice or a
// timer as the clock, captions under the editor, the teacher's notes and last run, a timeline with
// chapters, speed, a searchable transcript, the whole thing driven by the keyboard too. Pausing hands the
// editor to the learner (take-over.ts): their copy is kept in localStorage, runs against the tied
// exercise, and can continue with the cast, give way to the teacher's code or sit beside it. At a
// checkpoint the exercise opens in place of the editor.
import { Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Checkpoint } from '../../contracts/codecast.ts';
import type { EditorState, Scroll, Selection } from '../../contracts/codecast-chunk.ts';
import type { GradeResult } from '../../contracts/grade-result.ts';
import type { ApiClient } from '../api/api-client.ts';
import type { CodeEditorHandle, EditorHighlight } from '../exercise/editor-handle.ts';
import { LazyCodeEditor, preloadCodeEditor } from '../exercise/lazy-code-editor.ts';
import { resultMarkers } from '../exercise/result-markers.ts';
import { ResultsPanel } from '../exercise/results-panel.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AnnotationNotes } from './annotation-notes.tsx';
import { ChapterList } from './chapter-list.tsx';
import { CheckpointPanel } from './checkpoint-panel.tsx';
import { audioUrl, fetchChunk, type LoadedManifest } from './codecast-api.ts';
import { editsForMove } from './editor-edits.ts';
import { activeAnnotations } from './engine/timeline-queries.ts';
import { FileTabs } from './file-tabs.tsx';
import { KeyboardHelp } from './keyboard-help.tsx';
import { LazyCodeDiffEditor } from './lazy-diff-editor.ts';
import { fitCopy, restoreEarlier, takeOver as takeOverCopy } from './learner-copy.ts';
import type { PlaybackUpdate } from './playback-controller.ts';
import { PlaybackControls } from './playback-controls.tsx';
import { editorEditable, initialTakeOver, takeOverReducer } from './take-over.ts';
import { TakeOverBar } from './take-over-bar.tsx';
import { TeacherRun } from './teacher-run.tsx';
import { TranscriptPanel } from './transcript-panel.tsx';
import { useFreeRun } from './use-free-run.ts';
import { useLearnerProgress } from './use-learner-progress.ts';
import { usePlayerCaptions } from './use-player-captions.ts';
import { usePlayerCommands } from './use-player-commands.ts';
import { useResumedPlayback } from './use-resumed-playback.ts';
import './codecast.css';

export interface CodecastPlayerProps {
  api: ApiClient;
  id: string;
  loaded: LoadedManifest;
  /** A checkpoint's submission was graded (the embed page tells its host). */
  onGraded?(result: GradeResult, attemptId: number, exercise: string): void;
}

export function CodecastPlayer({ api, id, loaded, onGraded }: CodecastPlayerProps) {
  const { manifest } = loaded;
  const { t, text, locale } = useI18n();
  const learner = useLearnerProgress(id, loaded.version);
  const { progress, update, current: savedProgress } = learner;
  const [takeOver, dispatch] = useReducer(takeOverReducer, progress, (saved) =>
    initialTakeOver({ hasCopy: saved.copy !== null, view: saved.view }),
  );
  // Callbacks made once (the playback's) read the take-over through this ref.
  const latest = useRef(takeOver);
  latest.current = takeOver;
  const [audio, setAudio] = useState<HTMLAudioElement | null>(null);
  const [checkpoint, setCheckpoint] = useState<Checkpoint | null>(null);
  const [rate, setRate] = useState(1);
  const handleRef = useRef<CodeEditorHandle | null>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  /** What the editor shows of the teacher's state, so only what changed is set again. */
  const shown = useRef<{ file: number; selections: Selection[] | null; scroll: Scroll | null }>({
    file: -1,
    selections: null,
    scroll: null,
  });
  const freeRun = useFreeRun(api, manifest.exercise);

  useEffect(preloadCodeEditor, []);
  useEffect(() => {
    document.title = `${text(manifest.title)} — ${t.appName}`;
  }, [manifest, text, t]);

  const showTeacher = useCallback((state: EditorState, whole: boolean) => {
    const handle = handleRef.current;
    const file = state.files[state.activeFile];
    if (!handle || !file) return;
    handle.setView({
      ...(whole ? { text: file.text } : {}),
      selections: file.selections,
      scroll: file.scroll,
    });
    shown.current = { file: state.activeFile, selections: file.selections, scroll: file.scroll };
  }, []);

  const onEditorUpdate = useCallback(
    (update: PlaybackUpdate, state: EditorState) => {
      const now = latest.current;
      const handle = handleRef.current;
      const file = state.files[state.activeFile];
      if (now.view !== 'teacher' || now.comparing || now.checkpointMs !== null || !handle || !file) return;
      if (update.kind === 'jumped' || shown.current.file !== state.activeFile) {
        showTeacher(state, true);
        return;
      }
      handle.applyEdits(editsForMove(update.events, update.forwards, state.activeFile));
      // Cheap check that the replay kept up; a full redraw mends any difference.
      if (handle.getValue().length !== file.text.length) handle.setView({ text: file.text });
      const changedSelections = file.selections !== shown.current.selections;
      const changedScroll = file.scroll !== shown.current.scroll;
      if (changedSelections || changedScroll)
        handle.setView({
          ...(changedSelections ? { selections: file.selections } : {}),
          ...(changedScroll ? { scroll: file.scroll } : {}),
        });
      shown.current = { file: state.activeFile, selections: file.selections, scroll: file.scroll };
    },
    [showTeacher],
  );

  const playback = useResumedPlayback(
    loaded,
    (index) => fetchChunk(api, id, loaded, index),
    audio,
    {
      onEditorUpdate,
      onCheckpoint(reached) {
        dispatch({ type: 'checkpoint-reached', atMs: reached.atMs });
        setCheckpoint(reached);
      },
      onEnded: () => dispatch({ type: 'ended' }),
    },
    { saved: savedProgress, update, rate, playing: takeOver.playing },
  );
  const { controller } = playback;

  useEffect(() => {
    if (playback.error) dispatch({ type: 'pause' });
  }, [playback.error]);

  const teacherState = controller?.state ?? null;
  const copy = progress.copy ? fitCopy(progress.copy, manifest.files.length) : null;
  const mine = takeOver.view === 'mine' && copy !== null;
  const shownFile = mine ? copy.activeFile : (teacherState?.activeFile ?? 0);
  const shownText = mine ? (copy.files[shownFile] ?? '') : (teacherState?.files[shownFile]?.text ?? '');
  const fileLanguage = manifest.files[shownFile]?.language ?? 'javascript';

  // Back on the teacher's code (or out of a comparison or checkpoint): its caret and scroll too.
  useEffect(() => {
    if (takeOver.view === 'teacher' && !takeOver.comparing && takeOver.checkpointMs === null && controller)
      showTeacher(controller.state, true);
  }, [takeOver.view, takeOver.comparing, takeOver.checkpointMs, controller, showTeacher]);

  const onEditorReady = useCallback(() => {
    shown.current = { file: -1, selections: null, scroll: null };
    if (latest.current.view === 'teacher' && controller) showTeacher(controller.state, true);
  }, [controller, showTeacher]);

  const onUserEdit = useCallback(
    (_changes: unknown, value: string) => {
      const now = latest.current;
      if (!controller || now.checkpointMs !== null) return;
      if (now.view === 'teacher') {
        if (now.playing) return;
        const state = controller.state;
        const files = state.files.map((file) => file.text);
        files[state.activeFile] = value;
        update((p) =>
          takeOverCopy(p, {
            files,
            activeFile: state.activeFile,
            forkedAtMs: controller.timeMs,
            updatedAt: Date.now(),
          }),
        );
        latest.current = { ...now, view: 'mine', hasCopy: true };
        dispatch({ type: 'edit' });
        return;
      }
      update((p) => {
        if (!p.copy) return p;
        const files = p.copy.files.slice();
        files[p.copy.activeFile] = value;
        return { ...p, copy: { ...p.copy, files, updatedAt: Date.now() } };
      });
    },
    [controller, update],
  );

  const play = useCallback(async () => {
    const now = latest.current;
    if (!controller || now.checkpointMs !== null) return;
    playback.clearError();
    if (controller.timeMs >= manifest.durationMs) {
      await controller.seek(0);
      dispatch({ type: 'seeked' });
    }
    dispatch({ type: 'play' });
    await controller.play();
  }, [controller, manifest, playback]);

  const pause = useCallback(() => {
    controller?.pause();
    dispatch({ type: 'pause' });
  }, [controller]);

  const seek = useCallback(
    (timeMs: number) => {
      if (!controller) return;
      void controller.seek(timeMs);
      dispatch({ type: 'seeked' });
      setCheckpoint(null);
    },
    [controller],
  );

  const showTeacherCode = useCallback(() => {
    dispatch({ type: 'show-teacher' });
    update((p) => ({ ...p, view: 'teacher' }));
  }, [update]);

  const showMyCode = useCallback(() => {
    if (!latest.current.hasCopy) return;
    dispatch({ type: 'show-mine' });
    update((p) => ({ ...p, view: 'mine' }));
  }, [update]);

  const compare = useCallback(() => {
    if (!latest.current.hasCopy || latest.current.checkpointMs !== null) return;
    controller?.pause();
    dispatch({ type: 'toggle-compare' });
  }, [controller]);

  const changeRate = useCallback(
    (next: number) => {
      setRate(next);
      controller?.setRate(next);
    },
    [controller],
  );

  const leaveCheckpoint = useCallback(() => {
    const at = latest.current.checkpointMs;
    if (at === null || !controller) return;
    let passed: number[] = [];
    update((p) => {
      passed = [...new Set([...p.passedCheckpoints, at])];
      return { ...p, passedCheckpoints: passed };
    });
    controller.setPassed(passed);
    setCheckpoint(null);
    dispatch({ type: 'checkpoint-left' });
    void controller.play();
  }, [controller, update]);

  const runCode = useCallback(() => {
    const now = latest.current;
    if (!controller || now.checkpointMs !== null || freeRun.busy) return;
    if (now.view === 'teacher' && now.playing) return;
    const code = handleRef.current?.getValue() ?? shownText;
    void freeRun.run(code);
  }, [controller, freeRun, shownText]);

  const timeMs = playback.timeMs;
  const captions = usePlayerCaptions(api, id, loaded, locale, timeMs);

  const act = usePlayerCommands({
    latest,
    controller,
    chapters: manifest.chapters,
    rate,
    playButton,
    play,
    pause,
    seek,
    changeRate,
    showTeacherCode,
    showMyCode,
    compare,
    toggleCaptions: captions.toggle,
    runCode,
  });

  const annotations = useMemo(() => activeAnnotations(manifest.annotations, timeMs), [manifest, timeMs]);
  const annotationKey = annotations.map((a) => `${a.startMs}:${a.endMs}`).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when the set of notes changes, not at each frame.
  const highlights = useMemo<EditorHighlight[]>(
    () =>
      mine
        ? []
        : annotations.flatMap((annotation): EditorHighlight[] => {
            if (annotation.file !== shownFile) return [];
            const message = annotation.text ? text(annotation.text) : undefined;
            if (annotation.kind === 'highlight')
              return [
                {
                  fromLine: annotation.fromLine,
                  toLine: annotation.toLine,
                  kind: 'highlight',
                  ...(message ? { message } : {}),
                },
              ];
            if (annotation.line === undefined) return [];
            return [
              {
                fromLine: annotation.line,
                toLine: annotation.line,
                kind: 'pointer',
                ...(message ? { message } : {}),
              },
            ];
          }),
    [annotationKey, mine, shownFile, text],
  );

  const markers = useMemo(
    () => (mine && freeRun.state.phase === 'done' ? resultMarkers(freeRun.state.result, text) : []),
    [mine, freeRun.state, text],
  );

  const editable = editorEditable(takeOver) && controller !== null;
  const editorLabel = mine
    ? t.codecast.mineLabel(manifest.files[shownFile]?.name ?? '')
    : t.codecast.teacherLabel(manifest.files[shownFile]?.name ?? '');

  return (
    <div className="codecast-player">
      <h1 className="codecast-title">{text(manifest.title)}</h1>
      {manifest.audio && (
        // The narration: the clock when it plays. Our controls drive it; the element itself shows nothing.
        // biome-ignore lint/a11y/useMediaCaption: the captions are drawn by the player under the editor.
        <audio ref={setAudio} src={audioUrl(id, loaded) ?? undefined} preload="auto" />
      )}
      <div className="codecast-stage">
        <div className="codecast-main">
          {checkpoint ? (
            <CheckpointPanel
              api={api}
              checkpoint={checkpoint}
              onContinue={leaveCheckpoint}
              onSkip={leaveCheckpoint}
              {...(onGraded ? { onGraded } : {})}
            />
          ) : (
            <>
              <FileTabs
                files={manifest.files}
                active={shownFile}
                onSelect={
                  mine
                    ? (file) => update((p) => (p.copy ? { ...p, copy: { ...p.copy, activeFile: file } } : p))
                    : null
                }
              />
              <div id="editor" className={`editor-frame codecast-editor ${mine ? 'is-mine' : 'is-teacher'}`}>
                {!controller ? (
                  <p className="editor-placeholder" role="status">
                    {playback.error ? t.codecast.loadFailed : t.loading}
                  </p>
                ) : takeOver.comparing && copy ? (
                  <Suspense fallback={<p className="editor-placeholder">{t.exercise.editorLoading}</p>}>
                    <LazyCodeDiffEditor
                      original={controller.state.files[copy.activeFile]?.text ?? ''}
                      modified={copy.files[copy.activeFile] ?? ''}
                      language={manifest.files[copy.activeFile]?.language ?? 'javascript'}
                      label={t.codecast.compareLabel}
                      originalLabel={t.codecast.teacherLabel(manifest.files[copy.activeFile]?.name ?? '')}
                      modifiedLabel={t.codecast.mineLabel(manifest.files[copy.activeFile]?.name ?? '')}
                    />
                  </Suspense>
                ) : (
                  <Suspense fallback={<p className="editor-placeholder">{t.exercise.editorLoading}</p>}>
                    <LazyCodeEditor
                      value={shownText}
                      language={fileLanguage}
                      onChange={ignoreChange}
                      markers={markers}
                      label={editorLabel}
                      readOnly={!editable}
                      readOnlyMessage={t.codecast.readOnly}
                      highlights={highlights}
                      handleRef={handleRef}
                      onUserEdit={onUserEdit}
                      onReady={onEditorReady}
                    />
                  </Suspense>
                )}
              </div>
              <p className="codecast-caption" aria-live="polite">
                {captions.text}
              </p>
            </>
          )}
          <PlaybackControls
            manifest={manifest}
            ready={controller !== null}
            playing={takeOver.playing}
            ended={takeOver.ended}
            atCheckpoint={takeOver.checkpointMs !== null}
            playButtonRef={playButton}
            onPlay={() => void play()}
            onPause={pause}
            onCommand={act}
            timeMs={timeMs}
            onSeek={seek}
            rate={rate}
            onRate={changeRate}
            captions={captions.choice}
            onCaptions={captions.choose}
          />
          {(playback.waiting || playback.error !== null || playback.audioFailed) && (
            <p
              className={playback.error ? 'codecast-problem' : 'codecast-waiting'}
              role={playback.error ? 'alert' : 'status'}
            >
              {playback.error
                ? t.codecast.playbackFailed
                : playback.waiting
                  ? t.codecast.waiting
                  : t.codecast.audioFailed}
            </p>
          )}
          {!checkpoint && (
            <>
              <AnnotationNotes annotations={annotations} files={manifest.files} />
              <TakeOverBar
                state={takeOver}
                onRun={manifest.exercise && freeRun.exercise ? runCode : null}
                running={freeRun.busy}
                onContinueMine={() => void play()}
                onShowTeacher={showTeacherCode}
                onShowMine={showMyCode}
                onCompare={compare}
                saved={learner.saved}
                earlier={progress.earlier}
                onRestoreEarlier={(index) => {
                  update((p) => restoreEarlier(p, index));
                  dispatch({ type: 'show-mine' });
                }}
                otherVersions={learner.otherVersions}
                onOpenOtherVersion={(index) => {
                  const other = learner.otherVersions[index];
                  if (!other) return;
                  update((p) =>
                    takeOverCopy(p, fitCopy({ ...other, updatedAt: Date.now() }, manifest.files.length)),
                  );
                  dispatch({ type: 'pause' });
                  controller?.pause();
                  dispatch({ type: 'edit' });
                }}
              />
              {freeRun.state.phase !== 'idle' && <ResultsPanel state={freeRun.state} />}
              {!mine && <TeacherRun run={playback.lastRun} />}
            </>
          )}
        </div>
        <aside className="codecast-side">
          <ChapterList
            timeMs={timeMs}
            chapters={manifest.chapters}
            checkpoints={manifest.checkpoints}
            passedCheckpoints={progress.passedCheckpoints}
            onSeek={seek}
          />
          <TranscriptPanel cues={captions.transcriptCues} timeMs={timeMs} onSeek={seek} />
          <KeyboardHelp />
        </aside>
      </div>
    </div>
  );
}

function ignoreChange(): void {
  // The player listens to the user's own edits (onUserEdit); replayed edits are not the learner's.
}
