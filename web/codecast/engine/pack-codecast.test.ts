import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodecastChunk } from '../../../contracts/codecast-chunk.ts';
import { parseCodecastChunk, parseCodecastManifest } from '../../../contracts/codecast-version.ts';
import { buildChunks } from './chunk-builder.ts';
import { CodecastError } from './codecast-error.ts';
import { type CodecastDraft, decodeChunks, packCodecast, unpackCodecast } from './pack-codecast.ts';
import type { Recording } from './recording.ts';
import { chunkMsArbitrary, recordingArbitrary } from './recording-arbitrary.ts';

function draftFor(recording: Recording): CodecastDraft {
  return {
    id: 'round-trip',
    title: { en: 'Round trip', fr: 'Aller-retour' },
    language: 'fr',
    files: recording.initial.files.map((_, i) => ({ name: `file-${i}.js`, language: 'javascript' as const })),
    chapters: [{ atMs: 0, title: { en: 'Start', fr: 'Début' } }],
    annotations: [],
    checkpoints: [],
    captions: [{ locale: 'fr', vtt: 'WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n' }],
  };
}

/** Through JSON text and the zod readers, as a save and a load do. */
function saveAndLoad(packed: ReturnType<typeof packCodecast>) {
  const manifest = parseCodecastManifest(JSON.parse(JSON.stringify(packed.manifest)));
  if (!manifest.success) throw manifest.error;
  const chunks = packed.chunks.map((chunk) => {
    const parsed = parseCodecastChunk(JSON.parse(JSON.stringify(chunk)), manifest.data.formatVersion);
    if (!parsed.success) throw parsed.error;
    return parsed.data;
  });
  return { manifest: manifest.data, chunks };
}

describe('saving and loading a codecast', () => {
  it('gives back the same recording and the same playable chunks', () => {
    fc.assert(
      fc.property(recordingArbitrary, chunkMsArbitrary, (recording, chunkMs) => {
        const draft = draftFor(recording);
        const packed = packCodecast(draft, recording, chunkMs);
        const loaded = saveAndLoad(packed);
        expect(loaded.manifest).toEqual(packed.manifest);
        expect(decodeChunks(loaded.manifest, loaded.chunks)).toEqual(buildChunks(recording, chunkMs));
        expect(unpackCodecast(loaded.manifest, loaded.chunks)).toEqual({ draft, recording });
      }),
    );
  });

  it('stores typing at the caret as offset 0', () => {
    const recording: Recording = {
      initial: {
        files: [{ text: 'ab', selections: [[2, 2]], scroll: [1, 0] }],
        activeFile: 0,
        lastRun: null,
      },
      events: [
        { kind: 'edit', atMs: 10, offset: 2, deleted: '', inserted: 'c' },
        { kind: 'edit', atMs: 250, offset: 3, deleted: '', inserted: 'd' },
        { kind: 'edit', atMs: 400, offset: 0, deleted: 'a', inserted: '' },
      ],
      durationMs: 1_000,
    };
    const { chunks } = packCodecast(draftFor(recording), recording);
    expect(chunks[0]?.events).toEqual([
      [10, 'e', 0, '', 'c'],
      [240, 'e', 0, '', 'd'],
      [150, 'e', -4, 'a', ''],
    ]);
  });

  it('refuses a chunk whose edit deletes text that is not there', () => {
    const recording: Recording = {
      initial: {
        files: [{ text: 'ab', selections: [[0, 0]], scroll: [1, 0] }],
        activeFile: 0,
        lastRun: null,
      },
      events: [{ kind: 'edit', atMs: 10, offset: 0, deleted: 'a', inserted: 'x' }],
      durationMs: 100,
    };
    const { manifest, chunks } = packCodecast(draftFor(recording), recording);
    const corrupt: CodecastChunk = { ...chunks[0]!, events: [[10, 'e', 0, 'b', 'x']] };
    expect(() => decodeChunks(manifest, [corrupt])).toThrow(CodecastError);
  });

  it('refuses a manifest from a newer format and chunks that do not follow each other', () => {
    const recording: Recording = {
      initial: { files: [{ text: '', selections: [[0, 0]], scroll: [1, 0] }], activeFile: 0, lastRun: null },
      events: [],
      durationMs: 10,
    };
    const { manifest } = packCodecast(draftFor(recording), recording);
    expect(parseCodecastManifest({ ...manifest, formatVersion: 2 }).success).toBe(false);
    const gap = { ...manifest, chunks: [{ ...manifest.chunks[0]!, startMs: 5 }] };
    expect(parseCodecastManifest(gap).success).toBe(false);
    expect(parseCodecastManifest({ ...manifest, durationMs: 11 }).success).toBe(false);
  });
});
