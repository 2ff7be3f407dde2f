// Suggests the name a teacher probably meant when they misspelt one (a field, a test id, a construct),
// so an error can say "did you mean `title`?" instead of only "not allowed".

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

/** Levenshtein distance with adjacent swaps (`tilte`) counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      const previous = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}
