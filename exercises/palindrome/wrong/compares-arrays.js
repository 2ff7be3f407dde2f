// Mistake: compares two arrays with ==, which checks whether they are the same array, not whether they hold
// the same letters; two different arrays are never equal, so the answer is always false.
function isPalindrome(text) {
  const letters = text.toLowerCase().replaceAll(" ", "").split("");
  const reversed = text.toLowerCase().replaceAll(" ", "").split("").reverse();
  return letters == reversed;
}
