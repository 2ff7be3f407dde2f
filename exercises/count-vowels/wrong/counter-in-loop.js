// Mistake: the counter is declared inside the loop, so it restarts at 0 on every turn and does not exist
// after the loop (ReferenceError at the return).
function countVowels(text) {
  for (let i = 0; i < text.length; i++) {
    let count = 0;
    if ("aeiouAEIOU".includes(text[i])) {
      count++;
    }
  }
  return count;
}
