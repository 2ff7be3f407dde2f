// Mistake: forgets that "".split(" ") is [""], one empty word, so an empty text gives { "": 1 }.
function wordFrequencies(text) {
  const counts = {};
  for (const word of text.toLowerCase().split(" ")) {
    if (counts[word] === undefined) {
      counts[word] = 1;
    } else {
      counts[word] = counts[word] + 1;
    }
  }
  return counts;
}
