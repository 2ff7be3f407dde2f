// Mistake: `>=` keeps 0 too, but 0 is not a positive number.
function filterPositives(numbers) {
  const positives = [];
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] >= 0) {
      positives.push(numbers[i]);
    }
  }
  return positives;
}
