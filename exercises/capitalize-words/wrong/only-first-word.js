// Mistake: capitalizes the first letter of the whole text only, not the first letter of each word.
function capitalizeWords(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
