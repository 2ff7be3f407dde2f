// Mistake: counts[word]++ on a word seen for the first time adds 1 to undefined, which gives NaN.
function wordFrequencies(text) {
  const counts = {};
  if (text === "") {
    return counts;
  }
  for (const word of text.toLowerCase().split(" ")) {
    counts[word]++;
  }
  return counts;
}
