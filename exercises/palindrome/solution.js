function isPalindrome(text) {
  const clean = text.toLowerCase().replaceAll(" ", "");
  let reversed = "";
  for (let i = clean.length - 1; i >= 0; i--) {
    reversed = reversed + clean[i];
  }
  return clean === reversed;
}
