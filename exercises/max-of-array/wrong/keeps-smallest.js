// Mistake: the comparison is the wrong way round, so the function keeps the smallest number.
function maxOf(numbers) {
  let largest = numbers[0];
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] < largest) {
      largest = numbers[i];
    }
  }
  return largest;
}
