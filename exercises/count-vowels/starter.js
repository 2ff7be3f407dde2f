// Returns how many vowels (a, e, i, o, u, in any case) the text contains.
// Renvoie le nombre de voyelles (a, e, i, o, u, minuscules ou majuscules) du texte.
function countVowels(text) {
  // Go through text one character at a time: text[i] is the character at index i.
  // Parcours text caractère par caractère : text[i] est le caractère à l'indice i.

  return 0;
}
