// Mistake: treats the empty array as a special case with "nothing" (null) as the answer, instead of an
// empty array.
function filterPositives(numbers) {
  if (numbers.length === 0) {
    return null;
  }
  const positives = [];
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] > 0) {
      positives.push(numbers[i]);
    }
  }
  return positives;
}
