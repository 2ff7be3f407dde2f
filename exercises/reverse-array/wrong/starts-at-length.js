// Mistake: the loop starts at numbers.length, one index past the last element, so the first value pushed
// is numbers[numbers.length], which is undefined.
function reverseArray(numbers) {
  const reversed = [];
  for (let i = numbers.length; i >= 0; i--) {
    reversed.push(numbers[i]);
  }
  return reversed;
}
