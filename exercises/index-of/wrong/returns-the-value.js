// Mistake: returns the element found (which is the target itself) instead of its position.
function positionOf(values, target) {
  for (const value of values) {
    if (value === target) {
      return value;
    }
  }
  return -1;
}
