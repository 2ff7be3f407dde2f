// Mistake: answers false when the target is missing, instead of the agreed value -1.
function positionOf(values, target) {
  for (let i = 0; i < values.length; i++) {
    if (values[i] === target) {
      return i;
    }
  }
  return false;
}
