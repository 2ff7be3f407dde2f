// Mistake: sets the count to 1 every time instead of adding 1 to it, so every word counts once.
function wordFrequencies(text) {
  const counts = {};
  if (text === "") {
    return counts;
  }
  for (const word of text.toLowerCase().split(" ")) {
    counts[word] = 1;
  }
  return counts;
}
