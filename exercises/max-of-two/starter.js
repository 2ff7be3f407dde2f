// Returns the larger of the two numbers a and b.
// Renvoie le plus grand des deux nombres a et b.
function maxOfTwo(a, b) {
  // Compare a and b with an if.
  // Compare a et b avec un if.
  return a;
}
