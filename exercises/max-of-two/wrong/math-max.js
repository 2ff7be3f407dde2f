// Mistake: uses Math.max, which the exercise asks to do without.
function maxOfTwo(a, b) {
  return Math.max(a, b);
}
