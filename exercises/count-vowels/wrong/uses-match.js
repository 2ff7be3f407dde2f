// Mistake: counts with match() and a regular expression, which is not allowed, and crashes when there is
// no vowel because match() then returns null.
function countVowels(text) {
  return text.match(/[aeiou]/gi).length;
}
