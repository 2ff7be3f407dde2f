// Returns true when n is even (divisible by 2), false otherwise.
// Renvoie true quand n est pair (divisible par 2), false sinon.
function isEven(n: number): boolean {
  // The remainder of the division of n by 2 is written n % 2.
  // Le reste de la division de n par 2 s'écrit n % 2.
  return false;
}
