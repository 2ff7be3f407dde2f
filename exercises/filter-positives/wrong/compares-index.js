// Mistake: tests the index i instead of the number numbers[i], so it keeps everything but the first element.
function filterPositives(numbers) {
  const positives = [];
  for (let i = 0; i < numbers.length; i++) {
    if (i > 0) {
      positives.push(numbers[i]);
    }
  }
  return positives;
}
