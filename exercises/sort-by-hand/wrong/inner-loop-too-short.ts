// Mistake: the inner loop stops one step too early (length - 2), so the last pair of neighbours is never
// compared and the last number never moves.
function sortNumbers(numbers: number[]): number[] {
  const sorted: number[] = [...numbers];
  for (let pass = 0; pass < sorted.length; pass++) {
    for (let i = 0; i < sorted.length - 2; i++) {
      if (sorted[i] > sorted[i + 1]) {
        const saved = sorted[i];
        sorted[i] = sorted[i + 1];
        sorted[i + 1] = saved;
      }
    }
  }
  return sorted;
}
