// Suggests the name a teacher probably meant when they misspelt one (a field, a test id, a construct),
// so an error can say "did you mean `title`?" instead of only "not allowed".
import { editDistance } from '../feedback/did-you-mean.ts';

/** The candidate closest to `typed`, or undefined when none is close enough to be a likely typo. */
export function closestName(typed: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalize(typed);
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    if (name === typed) continue;
    const distance = editDistance(wanted, normalize(name));
    if (!best || distance < best.distance) best = { name, distance };
  }
  // One typo per three letters, at least one: `titel` → `title`, but `foo` is not `for`-something.
  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  return best && best.distance <= allowed ? best.name : undefined;
}

/** ` (did you mean "title"?)`, or nothing when no candidate is close. */
export function didYouMean(typed: string, candidates: Iterable<string>): string {
  const name = closestName(typed, candidates);
  return name === undefined ? '' : ` Did you mean "${name}"?`;
}

// Case, dashes and underscores are the commonest slips (`known_wrong`, `KnownWrong`): they cost nothing.
function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}
