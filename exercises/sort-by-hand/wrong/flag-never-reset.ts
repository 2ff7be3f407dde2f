// Mistake: the `swapped` flag is never set back to false at the start of a pass, so once a swap has
// happened the while loop repeats forever.
function sortNumbers(numbers: number[]): number[] {
  const sorted: number[] = [...numbers];
  let swapped = true;
  while (swapped) {
    for (let i = 0; i < sorted.length - 1; i++) {
      if (sorted[i] > sorted[i + 1]) {
        const saved = sorted[i];
        sorted[i] = sorted[i + 1];
        sorted[i + 1] = saved;
        swapped = true;
      }
    }
  }
  return sorted;
}
