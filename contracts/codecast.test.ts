import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodecastManifest } from './codecast.ts';
import { CodecastChunk } from './codecast-chunk.ts';
import { parseCodecastManifest } from './codecast-version.ts';

const fixture = join(import.meta.dirname, '../tests/fixtures/codecast/v1/sum-of-array-intro');
const manifest = CodecastManifest.parse(JSON.parse(readFileSync(join(fixture, 'manifest.json'), 'utf8')));
const issuesOf = (value: unknown) => {
  const result = CodecastManifest.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('the codecast manifest', () => {
  it('accepts the version 1 fixture', () => {
    expect(manifest.chunks.length).toBeGreaterThan(1);
  });

  it('reports chunks that leave a gap, out of order chapters and annotations past the end, at their path', () => {
    expect(
      issuesOf({ ...manifest, chunks: [manifest.chunks[0], { ...manifest.chunks[1], startMs: 1 }] }),
    ).toEqual(['chunks.1.startMs']);
    expect(issuesOf({ ...manifest, chapters: [...manifest.chapters].reverse() })).toEqual([
      'chapters.1.atMs',
    ]);
    const late = { ...manifest.annotations[0], endMs: manifest.durationMs + 1 };
    expect(issuesOf({ ...manifest, annotations: [late] })).toEqual(['annotations.0.endMs']);
    expect(issuesOf({ ...manifest, annotations: [{ ...manifest.annotations[0], file: 5 }] })).toEqual([
      'annotations.0.file',
    ]);
  });

  it('refuses paths that leave the codecast folder and captions that are not WebVTT', () => {
    expect(issuesOf({ ...manifest, captions: [{ locale: 'en', src: '../secret.vtt' }] })[0]).toMatch(
      /^captions\.0/,
    );
    expect(issuesOf({ ...manifest, captions: [{ locale: 'en', src: '/etc/passwd' }] })[0]).toMatch(
      /^captions\.0/,
    );
    expect(issuesOf({ ...manifest, captions: [{ locale: 'en', vtt: 'hello' }] })[0]).toMatch(/^captions\.0/);
    expect(
      issuesOf({ ...manifest, chunks: [{ ...manifest.chunks[0], src: 'a/../b' }, manifest.chunks[1]] }),
    ).toEqual(['chunks.0.src']);
  });

  it('is read by a reader that refuses newer versions and names the field', () => {
    const newer = parseCodecastManifest({ ...manifest, formatVersion: 99 });
    expect(newer.success).toBe(false);
    expect(newer.success ? [] : newer.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'formatVersion',
    ]);
  });
});

describe('a codecast chunk', () => {
  it('holds events as compact tuples and refuses an unknown kind', () => {
    const chunk = JSON.parse(readFileSync(join(fixture, 'chunks/0000.json'), 'utf8'));
    expect(CodecastChunk.safeParse(chunk).success).toBe(true);
    expect(CodecastChunk.safeParse({ ...chunk, events: [[0, 'x', 1]] }).success).toBe(false);
    expect(CodecastChunk.safeParse({ ...chunk, events: [[-5, 'f', 0]] }).success).toBe(false);
  });
});
