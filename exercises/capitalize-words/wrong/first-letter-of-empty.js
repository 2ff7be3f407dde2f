// Mistake: word[0] does not exist for an empty word; "".split(" ") gives [""], so an empty text crashes on
// undefined.toUpperCase().
function capitalizeWords(text) {
  const words = text.split(" ");
  for (let i = 0; i < words.length; i++) {
    words[i] = words[i][0].toUpperCase() + words[i].slice(1);
  }
  return words.join(" ");
}
