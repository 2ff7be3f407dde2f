// Mistake: the right-hand index starts at clean.length, one past the last character, so the first
// comparison is with undefined and the answer is always false.
function isPalindrome(text) {
  const clean = text.toLowerCase().replaceAll(" ", "");
  let left = 0;
  let right = clean.length;
  while (left < right) {
    if (clean[left] !== clean[right]) {
      return false;
    }
    left++;
    right--;
  }
  return true;
}
