// Mistake: swaps when the first neighbour is smaller (`<`), which sorts from the largest to the smallest.
function sortNumbers(numbers: number[]): number[] {
  const sorted: number[] = [...numbers];
  for (let pass = 0; pass < sorted.length; pass++) {
    for (let i = 0; i < sorted.length - 1; i++) {
      if (sorted[i] < sorted[i + 1]) {
        const saved = sorted[i];
        sorted[i] = sorted[i + 1];
        sorted[i + 1] = saved;
      }
    }
  }
  return sorted;
}
