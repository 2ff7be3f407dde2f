// Mistake: sorts the array to take its last element; right answers, but the caller's array is reordered.
function maxOf(numbers) {
  numbers.sort((a, b) => a - b);
  return numbers[numbers.length - 1];
}
