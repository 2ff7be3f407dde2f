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

  it('fetches the chunks around the playhead, and never fetches a chunk twice', async () => {
    const { store, fetched } = setUp();
    await store.load(0);
    store.focus(0);
    await store.load(1);
    store.focus(1);
    await store.load(2);
    store.focus(4);
    await store.load(5);
    expect(fetched).toEqual([0, 1, 2, 4, 5]);
    // Chunk 3 was never needed; the others are at hand, decoded again from their wire form if let go.
    expect([0, 1, 2, 3, 4, 5].map((i) => store.get(i) !== undefined)).toEqual([
      true,
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(store.get(1)?.events).toEqual(decoded[1]?.events);
    expect(fetched).toEqual([0, 1, 2, 4, 5]);
  });

  it('prefetches every chunk once, nearest the playhead first, and stops when told', async () => {
    const { store, fetched } = setUp();
    await store.load(6);
    store.focus(6);
    await store.prefetchAll(() => false);
    expect([...fetched].sort((a, b) => a - b)).toEqual(refs.map((ref) => ref.index));
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.slice(0, 4)).toEqual([6, 7, 5, 4]);
    expect(refs.every((ref) => store.get(ref.index)?.startMs === ref.startMs)).toBe(true);

    const second = setUp();
    let calls = 0;
    await second.store.prefetchAll(() => ++calls > 2);
    expect(second.fetched).toEqual([0, 1]);
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
