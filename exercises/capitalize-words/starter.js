// Returns the text with the first letter of every word in capitals.
// Renvoie le texte avec la première lettre de chaque mot en majuscule.
function capitalizeWords(text) {
  const words = text.split(" ");
  // Replace each word by the same word with its first letter in capitals.
  // Remplace chaque mot par le même mot avec sa première lettre en majuscule.

  return words.join(" ");
}
