function sortNumbers(numbers: number[]): number[] {
  const sorted: number[] = [...numbers];
  for (let end = sorted.length - 1; end > 0; end--) {
    for (let i = 0; i < end; i++) {
      if (sorted[i] > sorted[i + 1]) {
        const saved = sorted[i];
        sorted[i] = sorted[i + 1];
        sorted[i + 1] = saved;
      }
    }
  }
  return sorted;
}
