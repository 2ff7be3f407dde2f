// The size target of issue #6: events of a realistic 60-minute cast under 1.5 KB per minute gzipped.
// Chunks are stored and served one by one, so each is compressed on its own.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packCodecast } from './pack-codecast.ts';
import { syntheticRecording } from './synthetic-recording.ts';

const minutes = 60;

describe('the size of a recorded hour', () => {
  const recording = syntheticRecording(minutes * 60_000);
  const { chunks } = packCodecast(
    {
      id: 'size',
      title: { en: 'Size', fr: 'Taille' },
      language: 'en',
      files: [{ name: 'main.js', language: 'javascript' }],
      chapters: [],
      annotations: [],
      checkpoints: [],
      captions: [],
    },
    recording,
  );
  const gzipped = (value: unknown) => gzipSync(JSON.stringify(value)).length;
  const eventsKbPerMinute = chunks.reduce((sum, chunk) => sum + gzipped(chunk.events), 0) / 1024 / minutes;
  const chunksKbPerMinute = chunks.reduce((sum, chunk) => sum + gzipped(chunk), 0) / 1024 / minutes;

  it('types at a realistic rate', () => {
    const typed = recording.events.filter((event) => event.kind === 'edit').length;
    console.log(
      `synthetic cast: ${recording.events.length} events, ${typed} edits, ${(typed / minutes).toFixed(0)} edits/min, ` +
        `${chunks.length} chunks, final text ${recording.events.length && chunks.at(-1)?.snapshot.files[0]?.text.length} chars; ` +
        `events ${eventsKbPerMinute.toFixed(2)} KB/min gz, with snapshots ${chunksKbPerMinute.toFixed(2)} KB/min gz`,
    );
    expect(typed / minutes).toBeGreaterThan(100);
  });

  it('keeps the events under 1.5 KB per minute gzipped', () => {
    expect(eventsKbPerMinute).toBeLessThanOrEqual(1.5);
  });
});
