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
import type { Locale } from '../../contracts/localized-text.ts';
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
import { activeAnnotations, chapterIndexAt } from './engine/timeline-queries.ts';
import { FileTabs } from './file-tabs.tsx';
import { formatClock } from './format-clock.ts';
import { KeyboardHelp } from './keyboard-help.tsx';
import { LazyCodeDiffEditor } from './lazy-diff-editor.ts';
import { fitCopy, restoreEarlier, takeOver as takeOverCopy } from './learner-copy.ts';
import type { PlaybackUpdate } from './playback-controller.ts';
import {
  commandForKey,
  keyTargetOf,
  nextRate,
  type PlayerCommand,
  playbackRates,
  seekStepMs,
} from './player-keys.ts';
import { editorEditable, initialTakeOver, takeOverReducer } from './take-over.ts';
import { TakeOverBar } from './take-over-bar.tsx';
import { TeacherRun } from './teacher-run.tsx';
import { TimelineSlider } from './timeline-slider.tsx';
import { TranscriptPanel } from './transcript-panel.tsx';
import { useCaptions } from './use-captions.ts';
import { useFreeRun } from './use-free-run.ts';
import { useLearnerProgress } from './use-learner-progress.ts';
import { usePlayback } from './use-playback.ts';
import { cuesAt } from './webvtt.ts';
import './codecast.css';

/** The learner's place is written down this often while playing (and at every pause or seek). */
const saveEveryMs = 2_000;

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
  const [captionChoice, setCaptionChoice] = useState<Locale | 'off'>(() => defaultCaptions(manifest, locale));
  const lastCaptions = useRef<Locale>(captionChoice === 'off' ? locale : captionChoice);
  const handleRef = useRef<CodeEditorHandle | null>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  /** What the editor shows of the teacher's state, so only what changed is set again. */
  const shown = useRef<{ file: number; selections: Selection[] | null; scroll: Scroll | null }>({
    file: -1,
    selections: null,
    scroll: null,
  });
  const restored = useRef(false);
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

  const playback = usePlayback(loaded, (index) => fetchChunk(api, id, loaded, index), audio, {
    onEditorUpdate,
    onCheckpoint(reached) {
      dispatch({ type: 'checkpoint-reached', atMs: reached.atMs });
      setCheckpoint(reached);
    },
    onEnded: () => dispatch({ type: 'ended' }),
    onReady(controller) {
      const saved = savedProgress.current;
      controller.setPassed(saved.passedCheckpoints);
      controller.setRate(rate);
      const resume = saved.timeMs > 0 ? controller.seek(saved.timeMs) : Promise.resolve();
      void resume.then(() => {
        restored.current = true;
      });
    },
  });
  const { controller } = playback;

  useEffect(() => {
    if (playback.error) dispatch({ type: 'pause' });
  }, [playback.error]);

  // The learner's place, kept as they go (not before it was restored, which would write 0 over it).
  useEffect(() => {
    if (!restored.current) return;
    const at = playback.timeMs;
    const playing = takeOver.playing;
    update((p) =>
      at !== p.timeMs && (!playing || Math.abs(at - p.timeMs) >= saveEveryMs) ? { ...p, timeMs: at } : p,
    );
  }, [playback.timeMs, takeOver.playing, update]);

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

  const act = useCallback(
    (command: PlayerCommand) => {
      const now = latest.current;
      const at = controller?.timeMs ?? 0;
      switch (command) {
        case 'toggle-play':
          if (now.playing) pause();
          else void play();
          return;
        case 'resume':
          playButton.current?.focus();
          void play();
          return;
        case 'back':
          return seek(at - seekStepMs);
        case 'forward':
          return seek(at + seekStepMs);
        case 'previous-chapter': {
          const index = chapterIndexAt(manifest.chapters, at);
          const start = manifest.chapters[index]?.atMs ?? 0;
          // Within two seconds of a chapter's start, back means the chapter before.
          return seek(at - start > 2_000 ? start : (manifest.chapters[index - 1]?.atMs ?? 0));
        }
        case 'next-chapter': {
          const next = manifest.chapters.find((chapter) => chapter.atMs > at);
          return next ? seek(next.atMs) : undefined;
        }
        case 'slower':
          return changeRate(nextRate(rate, false));
        case 'faster':
          return changeRate(nextRate(rate, true));
        case 'show-teacher':
          return showTeacherCode();
        case 'show-mine':
          return showMyCode();
        case 'compare':
          return compare();
        case 'captions':
          return setCaptionChoice((choice) => (choice === 'off' ? lastCaptions.current : 'off'));
        case 'run':
          return runCode();
      }
    },
    [
      controller,
      manifest,
      pause,
      play,
      seek,
      changeRate,
      rate,
      showTeacherCode,
      showMyCode,
      compare,
      runCode,
    ],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandForKey(
        event,
        keyTargetOf(event.target instanceof Element ? event.target : null),
      );
      if (!command || command === 'run') return;
      event.preventDefault();
      act(command);
    };
    // Ctrl/Cmd+Enter is also Monaco's (insert a line below): taken before it, as the exercise page does.
    // A checkpoint's exercise has its own Run: the player's stands aside then.
    const onRunKey = (event: KeyboardEvent) => {
      if (latest.current.checkpointMs !== null) return;
      if (commandForKey(event, 'editor') !== 'run') return;
      event.preventDefault();
      event.stopPropagation();
      act('run');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keydown', onRunKey, { capture: true });
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keydown', onRunKey, { capture: true });
    };
  }, [act]);

  const timeMs = playback.timeMs;
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

  const captionLocale = captionChoice === 'off' ? null : captionChoice;
  const transcriptLocale =
    captionLocale ??
    manifest.captions.find((c) => c.locale === locale)?.locale ??
    manifest.captions[0]?.locale ??
    null;
  const captions = useCaptions(api, id, loaded, captionLocale);
  const transcript = useCaptions(api, id, loaded, transcriptLocale);
  const captionText =
    captions.state === 'ready'
      ? cuesAt(captions.cues, timeMs)
          .map((cue) => cue.text)
          .join('\n')
      : '';

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
                {captionText}
              </p>
            </>
          )}
          <div className="codecast-controls">
            <button
              type="button"
              ref={playButton}
              className="primary play-button"
              onClick={() => (takeOver.playing ? pause() : void play())}
              disabled={!controller || takeOver.checkpointMs !== null}
              aria-keyshortcuts="Space K"
            >
              {takeOver.playing ? t.codecast.pause : takeOver.ended ? t.codecast.replay : t.codecast.play}
            </button>
            <button
              type="button"
              onClick={() => act('back')}
              disabled={!controller}
              aria-keyshortcuts="ArrowLeft"
            >
              {t.codecast.back}
            </button>
            <button
              type="button"
              onClick={() => act('forward')}
              disabled={!controller}
              aria-keyshortcuts="ArrowRight"
            >
              {t.codecast.forward}
            </button>
            <span className="codecast-time">
              {formatClock(timeMs)} / {formatClock(manifest.durationMs)}
            </span>
            <TimelineSlider
              timeMs={timeMs}
              durationMs={manifest.durationMs}
              chapters={manifest.chapters}
              checkpoints={manifest.checkpoints}
              onSeek={seek}
            />
            <label className="codecast-select">
              {t.codecast.speed}{' '}
              <select
                value={rate}
                onChange={(event) => changeRate(Number(event.target.value))}
                aria-keyshortcuts="< >"
              >
                {playbackRates.map((r) => (
                  <option key={r} value={r}>
                    {t.codecast.rate(r)}
                  </option>
                ))}
              </select>
            </label>
            <label className="codecast-select">
              {t.codecast.captions}{' '}
              <select
                value={captionChoice}
                aria-keyshortcuts="C"
                onChange={(event) => {
                  const choice = event.target.value as Locale | 'off';
                  if (choice !== 'off') lastCaptions.current = choice;
                  setCaptionChoice(choice);
                }}
              >
                <option value="off">{t.codecast.captionsOff}</option>
                {manifest.captions.map((track) => (
                  <option key={track.locale} value={track.locale}>
                    {t.codecast.languageName[track.locale]}
                  </option>
                ))}
              </select>
            </label>
          </div>
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
          <TranscriptPanel
            cues={transcript.state === 'ready' ? transcript.cues : null}
            timeMs={timeMs}
            onSeek={seek}
          />
          <KeyboardHelp />
        </aside>
      </div>
    </div>
  );
}

function ignoreChange(): void {
  // The player listens to the user's own edits (onUserEdit); replayed edits are not the learner's.
}

/** Captions on by default (they carry the explanation when there is no voice), in the learner's language if the cast has it. */
function defaultCaptions(manifest: LoadedManifest['manifest'], locale: Locale): Locale | 'off' {
  if (manifest.captions.some((track) => track.locale === locale)) return locale;
  return manifest.captions[0]?.locale ?? 'off';
}
