// Mistake: only lowercase vowels are checked, so the capital O of "Hello WORLD" is not counted.
function countVowels(text) {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "a" || text[i] === "e" || text[i] === "i" || text[i] === "o" || text[i] === "u") {
      count++;
    }
  }
  return count;
}
