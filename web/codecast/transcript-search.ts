// Finding words in the transcript the way a learner types them: without caring for case or accents
// ("ecrivons" finds "Écrivons").
import type { Cue } from './webvtt.ts';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The cues containing every word of `query`; all of them for an empty query. */
export function searchCues(cues: readonly Cue[], query: string): Cue[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...cues];
  return cues.filter((cue) => {
    const text = fold(cue.text);
    return words.every((word) => text.includes(word));
  });
}
