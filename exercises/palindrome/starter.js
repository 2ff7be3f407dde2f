// Returns true when the text reads the same from left to right and from right to left, ignoring capitals
// and spaces; false otherwise.
// Renvoie true quand le texte se lit de la même façon de gauche à droite et de droite à gauche, sans tenir
// compte des majuscules ni des espaces ; false sinon.
function isPalindrome(text) {
  // 1. Put the text in lowercase and remove its spaces.
  //    Mets le texte en minuscules et enlève ses espaces.
  // 2. Compare it with the same text read backwards.
  //    Compare-le avec le même texte lu à l'envers.
  return true;
}
