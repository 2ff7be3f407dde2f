// Mistake: pop() takes the elements out of the caller's array; numbers.length shrinks while i grows, so the
// loop stops halfway, and the array the function received is left half empty.
function reverseArray(numbers) {
  const reversed = [];
  for (let i = 0; i < numbers.length; i++) {
    reversed.push(numbers.pop());
  }
  return reversed;
}
