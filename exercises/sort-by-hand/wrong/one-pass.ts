// Mistake: a single pass of bubble sort only carries the largest number to the end; the rest is not sorted.
function sortNumbers(numbers: number[]): number[] {
  const sorted: number[] = [...numbers];
  for (let i = 0; i < sorted.length - 1; i++) {
    if (sorted[i] > sorted[i + 1]) {
      const saved = sorted[i];
      sorted[i] = sorted[i + 1];
      sorted[i + 1] = saved;
    }
  }
  return sorted;
}
