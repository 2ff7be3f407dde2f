// Returns true when `year` is a leap year, false otherwise.
// Renvoie true quand `year` est une année bissextile, false sinon.
function isLeapYear(year) {
  // Divisible by 4… but read the statement: there are exceptions!
  // Divisible par 4… mais lis bien l'énoncé : il y a des exceptions !
  return false;
}
