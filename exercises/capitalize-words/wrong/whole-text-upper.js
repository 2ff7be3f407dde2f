// Mistake: toUpperCase() on the whole text turns every letter into a capital, not only the first ones.
function capitalizeWords(text) {
  return text.toUpperCase();
}
