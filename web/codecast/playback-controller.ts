// The player's engine room, without React or the DOM: a clock says what time it is, a playback cursor
// reaches that time through the chunks the store holds, and the callbacks hear what changed — the events
// to replay on the editor (or a jump to redraw), the time, a checkpoint reached, the end, a wait for a
// chunk. Frames come from `schedule` (requestAnimationFrame in the page, a hand-cranked queue in tests).

import type { Checkpoint, ChunkRef } from '../../contracts/codecast.ts';
import type { EditorState } from '../../contracts/codecast-chunk.ts';
import type { ChunkStore } from './chunk-store.ts';
import type { CodecastEvent } from './engine/codecast-event.ts';
import { createPlaybackCursor, type PlaybackCursor } from './engine/playback-cursor.ts';
import { findChunkIndex } from './engine/seek.ts';
import { checkpointCrossed } from './engine/timeline-queries.ts';
import type { PlaybackClock } from './playback-clock.ts';

export type PlaybackUpdate =
  /** Events applied (forwards) or undone (backwards, last first): replay them on the editor. */
  | { kind: 'moved'; events: readonly CodecastEvent[]; forwards: boolean }
  /** The state was reached from a snapshot: redraw it whole. */
  | { kind: 'jumped' };

export interface PlaybackCallbacks {
  onUpdate(update: PlaybackUpdate, state: EditorState): void;
  /** Every frame while playing, and after each seek. */
  onTime(timeMs: number): void;
  /** Playback stopped at a checkpoint (at its time: the state before it). */
  onCheckpoint(checkpoint: Checkpoint): void;
  onEnded(): void;
  /** True while playback waits for a chunk to arrive. */
  onWaiting(waiting: boolean): void;
  onError(error: unknown): void;
}

/** Calls `frame` once, soon; returns a function that cancels it. */
export type Scheduler = (frame: () => void) => () => void;

export interface PlaybackController {
  readonly timeMs: number;
  readonly state: EditorState;
  /** Playing, or about to (waiting for a chunk counts). */
  readonly playing: boolean;
  play(): Promise<void>;
  pause(): void;
  seek(timeMs: number): Promise<void>;
  setRate(rate: number): void;
  /** Checkpoints at these times no longer stop playback (the learner passed or skipped them). */
  setPassed(times: readonly number[]): void;
  dispose(): void;
}

/** Seeks closer than this replay the events in between (the editor keeps its view); farther ones jump. */
const replayWithinMs = 30_000;

export async function createPlaybackController(options: {
  chunks: readonly ChunkRef[];
  checkpoints: readonly Checkpoint[];
  store: ChunkStore;
  clock: PlaybackClock;
  schedule: Scheduler;
  callbacks: PlaybackCallbacks;
}): Promise<PlaybackController> {
  const { chunks, store, clock, schedule, callbacks } = options;
  await store.load(0);
  const cursor: PlaybackCursor = createPlaybackCursor(chunks, store.get);
  store.focus(0);
  const durationMs = cursor.durationMs;
  let passed = new Set<number>();
  let cancelFrame: (() => void) | null = null;
  let wantPlaying = false;
  let waiting = false;
  let disposed = false;
  /** Where the last frame left off: a checkpoint stops playback when a frame crosses it. */
  let lastMs = 0;
  /** Bumped by each seek, so an older seek still waiting for its chunk gives way. */
  let seekGeneration = 0;

  const pending = () => options.checkpoints.filter((checkpoint) => !passed.has(checkpoint.atMs));

  const stopFrames = () => {
    cancelFrame?.();
    cancelFrame = null;
  };

  const waitFor = (index: number) => {
    if (waiting) return;
    waiting = true;
    // The clock waits with the code: the voice must not run ahead while a chunk is on its way.
    clock.pause();
    clock.seek(cursor.timeMs);
    callbacks.onWaiting(true);
    store.load(index).then(
      () => {
        waiting = false;
        callbacks.onWaiting(false);
        if (wantPlaying && !disposed) void startClock();
      },
      (error: unknown) => {
        waiting = false;
        wantPlaying = false;
        callbacks.onWaiting(false);
        callbacks.onError(error);
      },
    );
  };

  /** Moves the cursor to `target` by its events; false when it stopped at a chunk not yet here. */
  const advance = (target: number): boolean => {
    const before = cursor.timeMs;
    const move = cursor.moveTo(target);
    if (move.events.length > 0)
      callbacks.onUpdate(
        { kind: 'moved', events: move.events, forwards: cursor.timeMs >= before },
        cursor.state,
      );
    store.focus(findChunkIndex(chunks, cursor.timeMs));
    if (!move.complete && cursor.missingChunk !== null) {
      waitFor(cursor.missingChunk);
      return false;
    }
    return true;
  };

  const frame = () => {
    cancelFrame = null;
    if (!wantPlaying || waiting || disposed) return;
    let target = clock.timeMs();
    const checkpoint = checkpointCrossed(pending(), lastMs, target);
    if (checkpoint) target = checkpoint.atMs;
    const arrived = advance(target);
    lastMs = cursor.timeMs;
    callbacks.onTime(cursor.timeMs);
    if (!arrived) return;
    if (checkpoint) {
      stop(checkpoint.atMs);
      callbacks.onCheckpoint(checkpoint);
    } else if (cursor.timeMs >= durationMs) {
      stop(durationMs);
      callbacks.onEnded();
    } else {
      cancelFrame = schedule(frame);
    }
  };

  const stop = (atMs: number) => {
    wantPlaying = false;
    stopFrames();
    clock.pause();
    clock.seek(atMs);
  };

  const startClock = async () => {
    try {
      await clock.play();
    } catch (error) {
      wantPlaying = false;
      callbacks.onError(error);
      return;
    }
    if (!wantPlaying || disposed) return;
    stopFrames();
    cancelFrame = schedule(frame);
  };

  return {
    get timeMs() {
      return cursor.timeMs;
    },
    get state() {
      return cursor.state;
    },
    get playing() {
      return wantPlaying;
    },
    async play() {
      if (wantPlaying || disposed) return;
      wantPlaying = true;
      lastMs = cursor.timeMs;
      clock.seek(cursor.timeMs);
      await startClock();
    },
    pause() {
      wantPlaying = false;
      stopFrames();
      clock.pause();
      // The code stops where the voice did (a few ms after the last frame), short of any checkpoint.
      const target = Math.min(clock.timeMs(), pending().find((c) => c.atMs > lastMs)?.atMs ?? durationMs);
      if (!waiting && target > cursor.timeMs) advance(target);
      clock.seek(cursor.timeMs);
      lastMs = cursor.timeMs;
      callbacks.onTime(cursor.timeMs);
    },
    async seek(timeMs) {
      const target = Math.min(Math.max(Math.round(timeMs), 0), durationMs);
      const generation = ++seekGeneration;
      const index = findChunkIndex(chunks, target);
      if (!store.get(index)) {
        callbacks.onWaiting(true);
        try {
          await store.load(index);
        } catch (error) {
          callbacks.onWaiting(false);
          callbacks.onError(error);
          return;
        }
        callbacks.onWaiting(false);
        if (generation !== seekGeneration || disposed) return;
      }
      const before = cursor.timeMs;
      let jumped = Math.abs(target - before) > replayWithinMs;
      if (!jumped) {
        const move = cursor.moveTo(target);
        if (move.complete)
          callbacks.onUpdate(
            { kind: 'moved', events: move.events, forwards: target >= before },
            cursor.state,
          );
        else jumped = true;
      }
      if (jumped) {
        cursor.seek(target);
        callbacks.onUpdate({ kind: 'jumped' }, cursor.state);
      }
      store.focus(index);
      clock.seek(target);
      lastMs = target;
      callbacks.onTime(target);
    },
    setRate(rate) {
      clock.setRate(rate);
    },
    setPassed(times) {
      passed = new Set(times);
    },
    dispose() {
      disposed = true;
      wantPlaying = false;
      stopFrames();
      clock.pause();
    },
  };
}
