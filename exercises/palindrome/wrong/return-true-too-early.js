// Mistake: `return true` in the else branch decides after the first pair of letters, without looking at
// the others.
function isPalindrome(text) {
  const clean = text.toLowerCase().replaceAll(" ", "");
  for (let i = 0; i < clean.length / 2; i++) {
    if (clean[i] !== clean[clean.length - 1 - i]) {
      return false;
    } else {
      return true;
    }
  }
  return true;
}
