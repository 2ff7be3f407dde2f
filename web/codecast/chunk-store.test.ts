import { describe, expect, it } from 'vitest';
import type { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import { createChunkStore } from './chunk-store.ts';
import { buildChunks } from './engine/chunk-builder.ts';
import { chunkSrc } from './engine/pack-codecast.ts';
import { createPlaybackCursor } from './engine/playback-cursor.ts';
import { replayRecording } from './engine/recording.ts';
import { syntheticRecording } from './engine/synthetic-recording.ts';
import { encodeChunk } from './engine/wire-chunk.ts';

const recording = syntheticRecording(5 * 60_000, 7);
const decoded = buildChunks(recording, 30_000);
const wire = decoded.map(encodeChunk);
const refs = decoded.map((chunk) => ({ ...chunk, src: chunkSrc(chunk.index) }));
const fileCount = recording.initial.files.length;

function setUp(fetchChunk = (index: number) => Promise.resolve(structuredClone(wire[index]!))) {
  const fetched: number[] = [];
  const changes: { index: number; error?: unknown }[] = [];
  const store = createChunkStore(
    refs,
    fileCount,
    (index) => {
      fetched.push(index);
      return fetchChunk(index);
    },
    (index, error) => changes.push(error === undefined ? { index } : { index, error }),
  );
  return { store, fetched, changes };
}

describe('the chunk store', () => {
  it('fetches a chunk once even when asked twice at the same time, and decodes it', async () => {
    const { store, fetched, changes } = setUp();
    const [a, b] = await Promise.all([store.load(3), store.load(3)]);
    expect(a).toBe(b);
    expect(fetched).toEqual([3]);
    expect(changes).toEqual([{ index: 3 }]);
    expect(store.get(3)?.events).toEqual(decoded[3]?.events);
  });

  it('keeps the chunks around the playhead: the previous, the current and the next', async () => {
    const { store, fetched } = setUp();
    await store.load(0);
    store.focus(0);
    await store.load(1);
    store.focus(1);
    await store.load(2);
    store.focus(4);
    await store.load(5);
    expect(fetched).toEqual([0, 1, 2, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((i) => store.get(i) !== undefined)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    store.focus(5);
    expect(store.get(4)).toBeDefined();
  });

  it('feeds a playback cursor that plays across chunks as they arrive', async () => {
    const { store } = setUp();
    await store.load(0);
    const cursor = createPlaybackCursor(refs, store.get);
    const target = 95_000;
    let guard = 0;
    while (!cursor.moveTo(target).complete && guard++ < 10) {
      const missing = cursor.missingChunk;
      if (missing === null) break;
      await store.load(missing);
    }
    expect(cursor.timeMs).toBe(target);
    expect(cursor.state).toEqual(replayRecording(recording, target));
  });

  it('refuses a chunk that is not the one the manifest lists, and reports it', async () => {
    const { store, changes } = setUp((index) =>
      Promise.resolve({ ...wire[index]!, startMs: 1 } satisfies CodecastChunk),
    );
    await expect(store.load(1)).rejects.toThrow(/does not match/);
    expect(changes[0]?.index).toBe(1);
    expect(changes[0]?.error).toBeInstanceOf(Error);
    expect(store.get(1)).toBeUndefined();
  });

  it('fetches again after a failure', async () => {
    let failures = 1;
    const { store, fetched } = setUp((index) =>
      failures-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve(wire[index]!),
    );
    await expect(store.load(2)).rejects.toThrow('offline');
    await store.load(2);
    expect(fetched).toEqual([2, 2]);
  });
});
