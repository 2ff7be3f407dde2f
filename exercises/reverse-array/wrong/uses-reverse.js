// Mistake: uses the built-in reverse(), which is not allowed here, and which also reverses the caller's
// array itself instead of making a new one.
function reverseArray(numbers) {
  return numbers.reverse();
}
