// Mistake: returns the texts "true" and "false" instead of the booleans true and false.
function isEven(n: number): boolean {
  if (n % 2 === 0) {
    return "true";
  } else {
    return "false";
  }
}
