// The chunks a player holds: fetched when needed and decoded once. Around the playhead it keeps the
// current chunk, fetches the next one ahead of time (playing never waits at a boundary) and keeps the
// previous one (stepping back across a boundary needs it decoded); the rest is let go, so an hour-long
// cast costs a few chunks of memory.

import type { ChunkRef } from '../../contracts/codecast.ts';
import type { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import type { DecodedChunk } from './engine/decoded-chunk.ts';
import { decodeChunk } from './engine/wire-chunk.ts';

export interface ChunkStore {
  /** Chunk `index` if decoded (the playback cursor's `chunkAt`). */
  get(index: number): DecodedChunk | undefined;
  /** Chunk `index`, fetched and decoded if needed; concurrent calls share one fetch. */
  load(index: number): Promise<DecodedChunk>;
  /** Keeps `index - 1`, `index` and `index + 1`, fetching the latter two; forgets the others. */
  focus(index: number): void;
}

export function createChunkStore(
  refs: readonly ChunkRef[],
  fileCount: number,
  fetchChunk: (index: number) => Promise<CodecastChunk>,
  /** Told when a chunk arrives, so a playhead waiting at its edge can go on; or when one fails. */
  onChange: (index: number, error?: unknown) => void,
): ChunkStore {
  const decoded = new Map<number, DecodedChunk>();
  const pending = new Map<number, Promise<DecodedChunk>>();

  const load = (index: number): Promise<DecodedChunk> => {
    const ready = decoded.get(index);
    if (ready) return Promise.resolve(ready);
    const inFlight = pending.get(index);
    if (inFlight) return inFlight;
    const ref = refs[index];
    if (!ref) return Promise.reject(new RangeError(`no chunk ${index}`));
    const promise = fetchChunk(index)
      .then((wire) => {
        if (wire.index !== ref.index || wire.startMs !== ref.startMs)
          throw new Error(`chunk ${index} does not match the manifest's entry`);
        const chunk = decodeChunk(wire, ref.endMs, fileCount);
        decoded.set(index, chunk);
        onChange(index);
        return chunk;
      })
      .catch((error: unknown) => {
        onChange(index, error);
        throw error;
      })
      .finally(() => pending.delete(index));
    pending.set(index, promise);
    return promise;
  };

  return {
    get: (index) => decoded.get(index),
    load,
    focus(index) {
      for (const key of decoded.keys()) if (key < index - 1 || key > index + 1) decoded.delete(key);
      for (const wanted of [index, index + 1]) if (wanted < refs.length) load(wanted).catch(() => {}); // reported through onChange
    },
  };
}
