// "Did you mean…?" for a name a learner mistyped. Beginners mostly swap two letters, drop one, or get the
// case wrong (`Console`, `math`), so a small edit distance with transpositions is enough; anything further
// away would be a guess that confuses more than it helps.

export interface NameSuggestion {
  name: string;
  /** Only upper and lower case differ, which deserves its own sentence. */
  caseOnly: boolean;
}

/** The closest candidate to `name`, earlier candidates winning ties; undefined when none is close enough. */
export function suggestName(name: string, candidates: Iterable<string>): NameSuggestion | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (candidate.toLowerCase() === lower) return { name: candidate, caseOnly: true };
    const limit = allowedDistance(Math.min(name.length, candidate.length));
    if (limit === 0 || Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best && { name: best.name, caseOnly: false };
}

/** Short names are close to too many others: `i` is one edit from `x`, which says nothing. */
function allowedDistance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 5) return 1;
  return 2;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}
