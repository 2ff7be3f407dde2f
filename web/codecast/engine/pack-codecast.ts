// A whole codecast between its stored form (a manifest and chunk files) and its editable form (the
// manifest's other fields and one flat recording). Saving packs; the recorder unpacks to edit a take.

import { type CodecastManifest, codecastFormatVersion } from '../../../contracts/codecast.ts';
import type { CodecastChunk } from '../../../contracts/codecast-chunk.ts';
import { buildChunks, defaultChunkMs, flattenChunks } from './chunk-builder.ts';
import { CodecastError } from './codecast-error.ts';
import type { DecodedChunk } from './decoded-chunk.ts';
import type { Recording } from './recording.ts';
import { decodeChunk, encodeChunk } from './wire-chunk.ts';

/** The manifest without what packing computes (format version, duration, chunk list). */
export type CodecastDraft = Omit<CodecastManifest, 'formatVersion' | 'durationMs' | 'chunks'>;

export type PackedCodecast = { manifest: CodecastManifest; chunks: CodecastChunk[] };

/** Where chunk `index` is stored, beside the manifest. */
export function chunkSrc(index: number): string {
  return `chunks/${String(index).padStart(4, '0')}.json`;
}

export function packCodecast(
  draft: CodecastDraft,
  recording: Recording,
  chunkMs = defaultChunkMs,
): PackedCodecast {
  const decoded = buildChunks(recording, chunkMs);
  return {
    manifest: {
      formatVersion: codecastFormatVersion,
      ...draft,
      durationMs: recording.durationMs,
      chunks: decoded.map((chunk) => ({
        index: chunk.index,
        startMs: chunk.startMs,
        endMs: chunk.endMs,
        src: chunkSrc(chunk.index),
      })),
    },
    chunks: decoded.map(encodeChunk),
  };
}

/** The chunks ready to play, checked against the manifest. Throws `CodecastError` on bad data. */
export function decodeChunks(manifest: CodecastManifest, chunks: readonly CodecastChunk[]): DecodedChunk[] {
  if (chunks.length !== manifest.chunks.length)
    throw new CodecastError(`${chunks.length} chunks for ${manifest.chunks.length} in the manifest`);
  return manifest.chunks.map((ref, i) => {
    const chunk = chunks[i]!;
    if (chunk.index !== ref.index || chunk.startMs !== ref.startMs)
      throw new CodecastError(`chunk ${i} does not match the manifest's entry`);
    return decodeChunk(chunk, ref.endMs, manifest.files.length);
  });
}

export function unpackCodecast(
  manifest: CodecastManifest,
  chunks: readonly CodecastChunk[],
): { draft: CodecastDraft; recording: Recording } {
  const { formatVersion: _version, durationMs: _duration, chunks: _chunks, ...draft } = manifest;
  return { draft, recording: flattenChunks(decodeChunks(manifest, chunks)) };
}
