import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateRecording } from '../engine/edit-recording.ts';
import { type Recording, replayRecording } from '../engine/recording.ts';
import { recordingArbitrary } from '../engine/recording-arbitrary.ts';
import { syntheticRecording } from '../engine/synthetic-recording.ts';
import { type OpenChunk, recoverRecording, type StoredChunk, startJournal } from './recording-journal.ts';

/** Records `recording` through a journal, storing what a recorder would, with a crash at `crashAtMs`. */
function recordWithCrash(recording: Recording, chunkMs: number, flushEveryMs: number, crashAtMs: number) {
  const { journal, closed } = startJournal({ ...recording, events: [] }, chunkMs);
  const store: StoredChunk[] = [...closed];
  let open: OpenChunk | null = null;
  let flushedAt = 0;
  for (const event of recording.events) {
    if (event.atMs >= crashAtMs) break;
    while (flushedAt + flushEveryMs <= event.atMs) {
      flushedAt += flushEveryMs;
      open = journal.open();
    }
    store.push(...journal.push(event));
  }
  while (flushedAt + flushEveryMs <= crashAtMs) {
    flushedAt += flushEveryMs;
    open = journal.open();
  }
  return { store, open, flushedAt };
}

describe('the recording journal', () => {
  it('recovers, after a crash, every event older than the last flush', () => {
    fc.assert(
      fc.property(
        recordingArbitrary,
        fc.integer({ min: 500, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (recording, chunkMs, crash) => {
          const crashAtMs = Math.floor(crash * recording.durationMs);
          const { store, open, flushedAt } = recordWithCrash(recording, chunkMs, 2000, crashAtMs);
          if (store.length === 0 && open === null) return;
          const recovered = recoverRecording(store, open, flushedAt, recording.initial.files.length);
          // Everything before the last flush is back, and nothing that did not happen.
          expect(recovered.durationMs).toBeGreaterThanOrEqual(flushedAt);
          const kept = recovered.events.length;
          expect(recovered.events).toEqual(recording.events.slice(0, kept));
          expect(kept).toBeGreaterThanOrEqual(recording.events.filter((e) => e.atMs < flushedAt).length);
          expect(replayRecording(recovered, flushedAt)).toEqual(replayRecording(recording, flushedAt));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('loses at most the last two seconds of a ten-minute session', () => {
    const recording = syntheticRecording(10 * 60_000, 3);
    const crashAtMs = 7 * 60_000 + 1234;
    const { store, open, flushedAt } = recordWithCrash(recording, 30_000, 2000, crashAtMs);
    expect(crashAtMs - flushedAt).toBeLessThan(2000);
    const recovered = recoverRecording(store, open, flushedAt, recording.initial.files.length);
    expect(replayRecording(recovered, flushedAt)).toEqual(replayRecording(recording, flushedAt));
  });

  it('starts again from a truncated take, storing the chunks it already fills', () => {
    const recording = syntheticRecording(2 * 60_000, 5);
    const base = truncateRecording(recording, 70_000);
    const { journal, closed } = startJournal(base, 30_000);
    expect(closed.map((chunk) => chunk.index)).toEqual([0, 1]);
    expect(journal.state).toEqual(replayRecording(recording, 70_000));
    const later = recording.events.filter((event) => event.atMs >= 70_000);
    const store = [
      ...closed,
      ...later.flatMap((event) => journal.push(event)),
      ...journal.finish(recording.durationMs),
    ];
    const back = recoverRecording(store, null, recording.durationMs, recording.initial.files.length);
    expect(back).toEqual(recording);
  });

  it('ignores an open chunk stored before the chunk that closed after it', () => {
    const recording = syntheticRecording(60_000, 9);
    const { journal } = startJournal({ ...recording, events: [] }, 30_000);
    const store: StoredChunk[] = [];
    let stale: OpenChunk | null = null;
    for (const event of recording.events) {
      if (event.atMs >= 29_000 && stale === null) stale = journal.open();
      store.push(...journal.push(event));
    }
    expect(store).toHaveLength(1);
    const back = recoverRecording(store, stale, 30_000, recording.initial.files.length);
    expect(back.events).toEqual(recording.events.filter((event) => event.atMs < 30_000));
  });
});
