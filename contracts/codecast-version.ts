// Reading a codecast of any format version that ever shipped. Each version keeps a fixture under
// tests/fixtures/codecast/v<N>/ that must still play; when the format changes, the old version's
// schema stays here and an upgrade function turns its data into the current shape.
import { z } from 'zod';
import { CodecastManifest, codecastFormatVersion } from './codecast.ts';
import { CodecastChunk } from './codecast-chunk.ts';

const VersionProbe = z.looseObject({ formatVersion: z.number().int().min(1) });

type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

function versionError(message: string): { success: false; error: z.ZodError } {
  return {
    success: false,
    error: new z.ZodError([{ code: 'custom', path: ['formatVersion'], message, input: undefined }]),
  };
}

/** The manifest in the current shape, whatever version it was written in. */
export function parseCodecastManifest(value: unknown): Parsed<CodecastManifest> {
  const probe = VersionProbe.safeParse(value);
  if (!probe.success) return probe;
  const version = probe.data.formatVersion;
  if (version > codecastFormatVersion)
    return versionError(`format ${version} is newer than this reader (${codecastFormatVersion})`);
  // Version 1 is the current one: nothing to upgrade yet.
  return CodecastManifest.safeParse(value);
}

/** A chunk in the current shape, given the version its manifest declared. */
export function parseCodecastChunk(value: unknown, formatVersion: number): Parsed<CodecastChunk> {
  if (formatVersion > codecastFormatVersion)
    return versionError(`format ${formatVersion} is newer than this reader (${codecastFormatVersion})`);
  return CodecastChunk.safeParse(value);
}
