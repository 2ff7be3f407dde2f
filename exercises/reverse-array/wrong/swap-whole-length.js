// Mistake: swaps the elements in place (changing the caller's array) and goes through the whole array
// instead of stopping at the middle, so every pair is swapped twice and the order comes back unchanged.
function reverseArray(numbers) {
  for (let i = 0; i < numbers.length; i++) {
    const other = numbers.length - 1 - i;
    const saved = numbers[i];
    numbers[i] = numbers[other];
    numbers[other] = saved;
  }
  return numbers;
}
