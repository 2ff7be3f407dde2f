// Mistake: does not ignore capitals, so "Kayak" is not a palindrome for it ("K" and "k" differ).
function isPalindrome(text) {
  const clean = text.replaceAll(" ", "");
  let reversed = "";
  for (let i = clean.length - 1; i >= 0; i--) {
    reversed = reversed + clean[i];
  }
  return clean === reversed;
}
