function filterPositives(numbers) {
  const positives = [];
  for (const n of numbers) {
    if (n > 0) {
      positives.push(n);
    }
  }
  return positives;
}
