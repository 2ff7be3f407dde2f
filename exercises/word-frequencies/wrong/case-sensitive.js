// Mistake: does not put the words in lowercase, so "Go", "go" and "GO" are counted as three different words.
function wordFrequencies(text) {
  const counts = {};
  if (text === "") {
    return counts;
  }
  for (const word of text.split(" ")) {
    if (counts[word] === undefined) {
      counts[word] = 1;
    } else {
      counts[word] = counts[word] + 1;
    }
  }
  return counts;
}
