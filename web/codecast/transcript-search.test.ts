import { describe, expect, it } from 'vitest';
import { searchCues } from './transcript-search.ts';
import type { Cue } from './webvtt.ts';

const cues: Cue[] = [
  { startMs: 0, endMs: 1000, text: 'Écrivons une fonction qui additionne un tableau.' },
  { startMs: 1000, endMs: 2000, text: 'À vous : écrivez sum.' },
  { startMs: 2000, endMs: 3000, text: 'La boucle ajoute chaque valeur' },
];

describe('searching the transcript', () => {
  it('ignores case and accents', () => {
    expect(searchCues(cues, 'ECRIVONS').map((cue) => cue.startMs)).toEqual([0]);
    expect(searchCues(cues, 'a vous').map((cue) => cue.startMs)).toEqual([1000]);
  });

  it('needs every word, in any order', () => {
    expect(searchCues(cues, 'valeur boucle').map((cue) => cue.startMs)).toEqual([2000]);
    expect(searchCues(cues, 'boucle sum')).toEqual([]);
  });

  it('lists every cue for an empty query', () => {
    expect(searchCues(cues, '  ')).toHaveLength(3);
  });
});
