// Mistake: keeps the spaces, so "never odd or even" read backwards is "neve ro ddo reven", which differs.
function isPalindrome(text) {
  const lower = text.toLowerCase();
  return lower === lower.split("").reverse().join("");
}
