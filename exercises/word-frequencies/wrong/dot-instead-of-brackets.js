// Mistake: counts.word uses a key literally named "word", not the word stored in the variable word.
function wordFrequencies(text) {
  const counts = {};
  if (text === "") {
    return counts;
  }
  for (const word of text.toLowerCase().split(" ")) {
    if (counts.word === undefined) {
      counts.word = 1;
    } else {
      counts.word = counts.word + 1;
    }
  }
  return counts;
}
