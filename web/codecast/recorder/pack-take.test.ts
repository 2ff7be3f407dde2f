import { describe, expect, it } from 'vitest';
import { CodecastUpload } from '../../../contracts/codecast-api.ts';
import { unpackCodecast } from '../engine/pack-codecast.ts';
import { syntheticRecording } from '../engine/synthetic-recording.ts';
import { packTake, toBase64 } from './pack-take.ts';
import type { Take } from './take.ts';

const recording = syntheticRecording(75_000, 8);
const take: Take = {
  meta: {
    id: 'packed-demo',
    title: { en: 'Packed', fr: 'Emballé' },
    language: 'fr',
    exercise: 'sum-of-array',
    files: [{ name: 'main.js', language: 'javascript' }],
  },
  recording,
  timeline: {
    chapters: [{ atMs: 0, title: { en: 'Start', fr: 'Début' } }],
    // Runs past the end: packing ends it there.
    annotations: [{ kind: 'bubble', startMs: 70_000, endMs: 90_000, text: { en: 'End', fr: 'Fin' } }],
    checkpoints: [],
  },
  captions: {
    en: 'WEBVTT\n\n00:01.000 --> 00:03.000\nHello\n',
    fr: 'WEBVTT\n\n00:01.000 --> 00:03.000\nBonjour\n',
  },
  audio: [],
};

describe('packing a take', () => {
  it('gives an upload the server’s contract accepts, whose recording unpacks unchanged', () => {
    const { upload, problems } = packTake(take, null);
    expect(problems).toEqual([]);
    const parsed = CodecastUpload.parse(upload);
    expect(parsed.manifest.chunks.length).toBeGreaterThan(1);
    expect(parsed.manifest.annotations[0]?.endMs).toBe(75_000);
    expect(parsed.manifest.captions.map((c) => c.locale)).toEqual(['en', 'fr']);
    expect(parsed.files).toEqual([]);
    expect(unpackCodecast(parsed.manifest, parsed.chunks).recording).toEqual(recording);
  });

  it('carries the narration as a file beside the manifest', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255]);
    const { upload } = packTake(take, {
      src: 'narration.webm',
      mimeType: 'audio/webm;codecs=opus',
      bytes,
      durationMs: 75_000,
    });
    expect(upload.manifest.audio).toEqual({
      src: 'narration.webm',
      mimeType: 'audio/webm;codecs=opus',
      durationMs: 75_000,
    });
    expect(upload.files).toEqual([{ src: 'narration.webm', base64: Buffer.from(bytes).toString('base64') }]);
  });

  it('says what is missing before anything is sent', () => {
    const { problems } = packTake(
      {
        ...take,
        meta: { ...take.meta, id: 'Not A Slug' },
        captions: { en: 'WEBVTT\n\n00:01.000 --> 01:30.000\nToo long\n', fr: '' },
      },
      null,
    );
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['id', 'captions.fr', 'captions.en']));
    expect(problems.find((p) => p.path === 'captions.en')?.message).toMatch(/ends after the cast/);
  });

  it('encodes base64 as Node does, across slice boundaries', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
