// Mistake: only the case "a is larger" returns something; when b is larger, the function returns undefined.
function maxOfTwo(a, b) {
  if (a > b) {
    return a;
  }
}
