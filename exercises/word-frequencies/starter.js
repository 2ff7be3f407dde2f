// Returns an object that gives, for each word of the text (in lowercase), how many times it appears.
// Renvoie un objet qui donne, pour chaque mot du texte (en minuscules), son nombre d'apparitions.
function wordFrequencies(text) {
  const counts = {};
  const words = text.split(" ");
  for (const word of words) {
    // Count this word: counts[word] is its count so far.
    // Compte ce mot : counts[word] est son nombre d'apparitions jusqu'ici.
  }
  return counts;
}
