// Mistake: two strict comparisons leave out the case a === b, where the function returns undefined.
function maxOfTwo(a, b) {
  if (a > b) {
    return a;
  }
  if (b > a) {
    return b;
  }
}
