// Mistake: returns the text "a" or "b" (the name of the variable) instead of its value.
function maxOfTwo(a, b) {
  if (a > b) {
    return "a";
  } else {
    return "b";
  }
}
