// Mistake: tries to change a letter of a string in place (text[i] = ...); strings cannot be changed, so the
// assignment is silently ignored and the text comes back unchanged.
function capitalizeWords(text) {
  for (let i = 0; i < text.length; i++) {
    if (i === 0 || text[i - 1] === " ") {
      text[i] = text[i].toUpperCase();
    }
  }
  return text;
}
