import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../contracts/codecast.ts';
import type { EditorState } from '../../contracts/codecast-chunk.ts';
import { createChunkStore } from './chunk-store.ts';
import { applyEvent, undoEvent } from './engine/apply-event.ts';
import { buildChunks } from './engine/chunk-builder.ts';
import { chunkSrc } from './engine/pack-codecast.ts';
import { replayRecording } from './engine/recording.ts';
import { syntheticRecording } from './engine/synthetic-recording.ts';
import { encodeChunk } from './engine/wire-chunk.ts';
import { createTimerClock } from './playback-clock.ts';
import { createPlaybackController, type PlaybackCallbacks } from './playback-controller.ts';

const recording = syntheticRecording(3 * 60_000, 11);
const decoded = buildChunks(recording, 30_000);
const wire = decoded.map(encodeChunk);
const refs = decoded.map(({ index, startMs, endMs }) => ({ index, startMs, endMs, src: chunkSrc(index) }));
const checkpoint = (atMs: number): Checkpoint => ({
  atMs,
  exercise: 'sum-of-array',
  prompt: { en: 'Your turn', fr: 'À vous' },
});

/** Resolves at the next turn of the event loop, after the store's promise chains. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setUp(options: { checkpoints?: Checkpoint[]; slowChunks?: Set<number> } = {}) {
  let now = 0;
  const frames: (() => void)[] = [];
  const heard: string[] = [];
  const releases = new Map<number, () => void>();
  // What an editor replaying the updates shows: it must always be the cursor's state.
  let shown: EditorState | null = null;
  const callbacks: PlaybackCallbacks = {
    onUpdate(update, state) {
      if (update.kind === 'jumped' || !shown) shown = state;
      else
        shown = update.events.reduce(
          (s, event) => (update.forwards ? applyEvent(s, event) : undoEvent(s, event)),
          shown,
        );
    },
    onTime: () => {},
    onCheckpoint: (c) => heard.push(`checkpoint ${c.atMs}`),
    onEnded: () => heard.push('ended'),
    onWaiting: (waiting) => heard.push(waiting ? 'waiting' : 'arrived'),
    onError: (error) => heard.push(`error ${String(error)}`),
  };
  const store = createChunkStore(
    refs,
    recording.initial.files.length,
    (index) =>
      options.slowChunks?.has(index)
        ? new Promise((resolve) => releases.set(index, () => resolve(wire[index]!)))
        : Promise.resolve(wire[index]!),
    () => {},
  );
  const clock = createTimerClock(recording.durationMs, () => now);
  const controller = await createPlaybackController({
    chunks: refs,
    checkpoints: options.checkpoints ?? [],
    store,
    clock,
    schedule: (frame) => {
      frames.push(frame);
      return () => frames.splice(frames.indexOf(frame), 1);
    },
    callbacks,
  });
  shown = controller.state;
  const elapse = (ms: number) => {
    now += ms;
    frames.shift()?.();
  };
  return { controller, elapse, heard, releases, frames, shown: () => shown };
}

describe('the playback controller', () => {
  it('plays the recording frame after frame, the replayed updates matching the cursor', async () => {
    const { controller, elapse, shown } = await setUp();
    await controller.play();
    for (let i = 0; i < 200; i++) elapse(250);
    expect(controller.timeMs).toBe(50_000);
    expect(controller.state).toEqual(replayRecording(recording, 50_000));
    expect(shown()).toEqual(controller.state);
  });

  it('stops at a checkpoint on the state before it, and not again once it is passed', async () => {
    const { controller, elapse, heard, frames } = await setUp({ checkpoints: [checkpoint(10_000)] });
    await controller.play();
    for (let i = 0; i < 30; i++) elapse(1000);
    expect(heard).toEqual(['checkpoint 10000']);
    expect(controller.timeMs).toBe(10_000);
    expect(controller.playing).toBe(false);
    expect(frames).toHaveLength(0);
    expect(controller.state).toEqual(replayRecording(recording, 10_000));
    // Resuming from the checkpoint's own time does not stop there again, passed or not.
    await controller.play();
    elapse(1000);
    expect(controller.timeMs).toBe(11_000);
    controller.setPassed([10_000]);
    await controller.seek(5000);
    await controller.play();
    for (let i = 0; i < 10; i++) elapse(1000);
    expect(heard).toEqual(['checkpoint 10000']);
    expect(controller.timeMs).toBe(15_000);
  });

  it('seeks near by replaying and far by jumping, both to the right state', async () => {
    const { controller, shown } = await setUp();
    await controller.seek(20_000);
    expect(shown()).toEqual(replayRecording(recording, 20_000));
    await controller.seek(170_000);
    expect(shown()).toEqual(replayRecording(recording, 170_000));
    await controller.seek(155_000);
    expect(shown()).toEqual(replayRecording(recording, 155_000));
    await controller.seek(-20);
    expect(controller.timeMs).toBe(0);
    expect(shown()).toEqual(recording.initial);
  });

  it('waits for a chunk that is late, with the clock, then plays on', async () => {
    const { controller, elapse, heard, releases, shown } = await setUp({ slowChunks: new Set([1]) });
    await controller.play();
    elapse(29_000);
    // The store asked for chunk 1 ahead of time; it has not come yet when the playhead gets there.
    elapse(2000);
    expect(heard).toEqual(['waiting']);
    expect(controller.timeMs).toBe(30_000);
    elapse(5000);
    expect(controller.timeMs).toBe(30_000);
    releases.get(1)?.();
    await settle();
    expect(heard).toEqual(['waiting', 'arrived']);
    elapse(1000);
    expect(controller.timeMs).toBe(31_000);
    expect(shown()).toEqual(replayRecording(recording, 31_000));
  });

  it('pauses where it is and says when the cast has ended', async () => {
    const { controller, elapse, heard } = await setUp();
    await controller.play();
    elapse(1234);
    controller.pause();
    expect(controller.playing).toBe(false);
    expect(controller.timeMs).toBe(1234);
    await controller.seek(recording.durationMs - 500);
    await controller.play();
    elapse(400);
    elapse(400);
    // The last chunk was not held yet: the seek waited for it.
    expect(heard).toEqual(['waiting', 'arrived', 'ended']);
    expect(controller.timeMs).toBe(recording.durationMs);
    expect(controller.state).toEqual(replayRecording(recording, recording.durationMs));
  });

  it('plays faster at a higher rate', async () => {
    const { controller, elapse } = await setUp();
    controller.setRate(2);
    await controller.play();
    elapse(1000);
    expect(controller.timeMs).toBe(2000);
  });
});
