// Mistake: swaps the elements of the caller's array in place and returns that same array. The values are
// right, but the array the caller passed in is reversed too.
function reverseArray(numbers) {
  for (let i = 0; i < numbers.length / 2; i++) {
    const other = numbers.length - 1 - i;
    const kept = numbers[i];
    numbers[i] = numbers[other];
    numbers[other] = kept;
  }
  return numbers;
}
