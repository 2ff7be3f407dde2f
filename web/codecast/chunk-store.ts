// The chunks a player holds. Around the playhead it keeps the current chunk decoded, fetches the next one
// ahead of time (playing never waits at a boundary) and keeps the previous one (stepping back across a
// boundary needs it). Once playing can start, `prefetchAll` fetches the rest one by one in the background
// and keeps them in their wire form (an hour-long cast is ~100 KB gzipped, ~1 MB parsed), so that a seek
// anywhere is a decode of one chunk rather than a round trip: seeking is what learners do most.

import type { ChunkRef } from '../../contracts/codecast.ts';
import type { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import type { DecodedChunk } from './engine/decoded-chunk.ts';
import { decodeChunk } from './engine/wire-chunk.ts';

export interface ChunkStore {
  /** Chunk `index` if decoded (the playback cursor's `chunkAt`). */
  get(index: number): DecodedChunk | undefined;
  /** Chunk `index`, fetched and decoded if needed; concurrent calls share one fetch. */
  load(index: number): Promise<DecodedChunk>;
  /** Keeps `index - 1`, `index` and `index + 1` decoded, fetching the latter two; forgets the others. */
  focus(index: number): void;
  /** Fetches every chunk not fetched yet, one at a time, nearest the playhead first, until `stopped()`. */
  prefetchAll(stopped: () => boolean): Promise<void>;
}

export function createChunkStore(
  refs: readonly ChunkRef[],
  fileCount: number,
  fetchChunk: (index: number) => Promise<CodecastChunk>,
  /** Told when a chunk arrives, so a playhead waiting at its edge can go on; or when one fails. */
  onChange: (index: number, error?: unknown) => void,
): ChunkStore {
  const decoded = new Map<number, DecodedChunk>();
  const wires = new Map<number, CodecastChunk>();
  const pending = new Map<number, Promise<DecodedChunk>>();
  let focused = 0;

  /** Decodes a fetched chunk (checked against the manifest) and keeps it. */
  const decode = (index: number, wire: CodecastChunk): DecodedChunk => {
    const ref = refs[index]!;
    if (wire.index !== ref.index || wire.startMs !== ref.startMs)
      throw new Error(`chunk ${index} does not match the manifest's entry`);
    const chunk = decodeChunk(wire, ref.endMs, fileCount);
    decoded.set(index, chunk);
    return chunk;
  };

  const get = (index: number): DecodedChunk | undefined => {
    const ready = decoded.get(index);
    if (ready) return ready;
    const wire = wires.get(index);
    return wire ? decode(index, wire) : undefined;
  };

  const load = (index: number): Promise<DecodedChunk> => {
    const ready = get(index);
    if (ready) return Promise.resolve(ready);
    const inFlight = pending.get(index);
    if (inFlight) return inFlight;
    const ref = refs[index];
    if (!ref) return Promise.reject(new RangeError(`no chunk ${index}`));
    const promise = fetchChunk(index)
      .then((wire) => {
        const chunk = decode(index, wire);
        wires.set(index, wire);
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
    get,
    load,
    focus(index) {
      focused = index;
      for (const key of decoded.keys()) if (key < index - 1 || key > index + 1) decoded.delete(key);
      for (const wanted of [index, index + 1]) if (wanted < refs.length) load(wanted).catch(() => {}); // reported through onChange
    },
    async prefetchAll(stopped) {
      while (!stopped()) {
        // Nearest the playhead first, each time anew: the learner may have jumped meanwhile.
        let nearest: number | undefined;
        for (let index = 0; index < refs.length; index++) {
          if (wires.has(index) || pending.has(index)) continue;
          if (nearest === undefined || Math.abs(index - focused) < Math.abs(nearest - focused))
            nearest = index;
        }
        if (nearest === undefined) return;
        try {
          await load(nearest);
        } catch {
          return; // reported through onChange; the chunk is fetched again when a seek needs it
        }
        // Only the wire form is kept for chunks away from the playhead.
        if (Math.abs(nearest - focused) > 1) decoded.delete(nearest);
      }
    },
  };
}
