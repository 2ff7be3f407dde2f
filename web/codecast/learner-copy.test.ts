import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CodecastManifest } from '../../contracts/codecast.ts';
import {
  codecastVersion,
  copiesOfOtherVersions,
  emptyProgress,
  fitCopy,
  type KeyValueStore,
  type LearnerCopy,
  readProgress,
  restoreEarlier,
  takeOver,
  writeProgress,
} from './learner-copy.ts';

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

const copy = (text: string, updatedAt = 1): LearnerCopy => ({
  files: [text, 'main'],
  activeFile: 0,
  forkedAtMs: 1000,
  updatedAt,
});

const manifest = CodecastManifest.parse(
  JSON.parse(
    readFileSync(
      new URL('../../tests/fixtures/codecast/v1/sum-of-array-intro/manifest.json', import.meta.url),
      'utf8',
    ),
  ),
);

describe('the learner’s copy', () => {
  it('is read back as it was written, per codecast and version', () => {
    const store = memoryStore();
    const saved = { ...takeOver(emptyProgress, copy('mine')), timeMs: 12_345, passedCheckpoints: [28_000] };
    expect(writeProgress(store, 'intro', 'v1', saved)).toBe(true);
    expect(readProgress(store, 'intro', 'v1')).toEqual(saved);
    expect(readProgress(store, 'intro', 'v2')).toEqual(emptyProgress);
    expect(readProgress(store, 'other', 'v1')).toEqual(emptyProgress);
  });

  it('survives damaged or foreign data in storage by starting afresh', () => {
    const store = memoryStore();
    store.setItem('codecast.copy.intro.v1', '{not json');
    expect(readProgress(store, 'intro', 'v1')).toEqual(emptyProgress);
    store.setItem('codecast.copy.intro.v1', JSON.stringify({ copy: 'x' }));
    expect(readProgress(store, 'intro', 'v1')).toEqual(emptyProgress);
  });

  it('says so when the browser refuses to store it', () => {
    const store = memoryStore();
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(writeProgress(store, 'intro', 'v1', emptyProgress)).toBe(false);
  });

  it('never loses a copy: taking over again keeps the previous one among the earlier copies', () => {
    let progress = takeOver(emptyProgress, copy('first'));
    progress = takeOver(progress, copy('second'));
    expect(progress.copy?.files[0]).toBe('second');
    expect(progress.earlier.map((c) => c.files[0])).toEqual(['first']);
    progress = restoreEarlier(progress, 0);
    expect(progress.copy?.files[0]).toBe('first');
    expect(progress.earlier.map((c) => c.files[0])).toEqual(['second']);
    expect(restoreEarlier(progress, 5)).toBe(progress);
  });

  it('keeps the ten latest earlier copies', () => {
    let progress = emptyProgress;
    for (let i = 0; i < 15; i++) progress = takeOver(progress, copy(String(i)));
    expect(progress.earlier).toHaveLength(10);
    expect(progress.earlier[0]?.files[0]).toBe('13');
  });

  it('finds the copies made on other versions of the same cast, newest first', () => {
    const store = memoryStore();
    writeProgress(store, 'intro', 'old', takeOver(emptyProgress, copy('old', 5)));
    writeProgress(store, 'intro', 'older', takeOver(emptyProgress, copy('older', 2)));
    writeProgress(store, 'intro', 'current', takeOver(emptyProgress, copy('current', 9)));
    writeProgress(store, 'intro-two', 'x', takeOver(emptyProgress, copy('other cast', 9)));
    writeProgress(store, 'intro', 'none', emptyProgress);
    expect(copiesOfOtherVersions(store, 'intro', 'current').map((c) => c.files[0])).toEqual(['old', 'older']);
  });

  it('fits a copy to another version’s files', () => {
    expect(fitCopy({ ...copy('a'), activeFile: 1 }, 1)).toMatchObject({ files: ['a'], activeFile: 0 });
    expect(fitCopy(copy('a'), 3).files).toEqual(['a', 'main', '']);
  });

  it('versions a manifest by its content', () => {
    const version = codecastVersion(manifest);
    expect(version).toMatch(/^[0-9a-z]+$/);
    expect(codecastVersion(structuredClone(manifest))).toBe(version);
    expect(codecastVersion({ ...manifest, durationMs: manifest.durationMs + 1 })).not.toBe(version);
  });
});
