// Returns the letter grade ("A", "B", "C", "D" or "F") for a score from 0 to 100.
// Renvoie la lettre ("A", "B", "C", "D" ou "F") qui correspond à une note de 0 à 100.
function gradeLetter(score) {
  if (score >= 90) {
    return "A";
  }
  // Add the other cases: B from 80, C from 70, D from 60, F below 60.
  // Ajoute les autres cas : B à partir de 80, C à partir de 70, D à partir de 60, F en dessous de 60.
}
