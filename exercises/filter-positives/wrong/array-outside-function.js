// Mistake: the result array is declared outside the function, so every call adds to the same array and
// returns the numbers of the earlier calls too.
const positives = [];

function filterPositives(numbers) {
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] > 0) {
      positives.push(numbers[i]);
    }
  }
  return positives;
}
