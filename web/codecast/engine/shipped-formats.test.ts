// Every format version that ever shipped keeps a recording under tests/fixtures/codecast/v<N>/, and
// each must still load and play with today's reader (docs/codecast-format.md, decision 012).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codecastFormatVersion } from '../../../contracts/codecast.ts';
import { parseCodecastChunk, parseCodecastManifest } from '../../../contracts/codecast-version.ts';
import { flattenChunks } from './chunk-builder.ts';
import { decodeChunks } from './pack-codecast.ts';
import { createPlaybackCursor } from './playback-cursor.ts';
import { replayRecording } from './recording.ts';
import { seekState } from './seek.ts';

const root = join(import.meta.dirname, '../../../tests/fixtures/codecast');
const versions = readdirSync(root).filter((name) => /^v\d+$/.test(name));
const casts = versions.flatMap((version) =>
  readdirSync(join(root, version)).map((name) => ({
    version: Number(version.slice(1)),
    dir: join(root, version, name),
  })),
);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('recordings of every shipped format version', () => {
  it('include one for each version up to the current one', () => {
    for (let version = 1; version <= codecastFormatVersion; version++)
      expect(versions).toContain(`v${version}`);
  });

  describe.each(casts)('$dir', ({ version, dir }) => {
    const manifest = parseCodecastManifest(readJson(join(dir, 'manifest.json')));
    if (!manifest.success) throw new Error(`${dir}: ${manifest.error.message}`);
    const chunks = manifest.data.chunks.map((ref) => {
      const chunk = parseCodecastChunk(readJson(join(dir, ref.src)), version);
      if (!chunk.success) throw new Error(`${dir}/${ref.src}: ${chunk.error.message}`);
      return chunk.data;
    });
    const decoded = decodeChunks(manifest.data, chunks);

    it('declares the version of its folder and has every file it refers to', () => {
      expect(readJson(join(dir, 'manifest.json'))).toMatchObject({ formatVersion: version });
      for (const captions of manifest.data.captions)
        if ('src' in captions) expect(readFileSync(join(dir, captions.src), 'utf8')).toMatch(/^WEBVTT/);
      if (manifest.data.audio) expect(existsSync(join(dir, manifest.data.audio.src))).toBe(true);
    });

    it('plays: seeking to any event or to the end gives the state replaying from the start gives', () => {
      const recording = flattenChunks(decoded);
      expect(recording.events.length).toBeGreaterThan(0);
      for (const t of [...recording.events.map((event) => event.atMs), recording.durationMs])
        expect(seekState(decoded, t)).toEqual(replayRecording(recording, t));
      const cursor = createPlaybackCursor(decoded, (i) => decoded[i]);
      expect(cursor.moveTo(recording.durationMs).events).toHaveLength(recording.events.length);
      expect(cursor.state).toEqual(seekState(decoded, recording.durationMs));
    });
  });
});
