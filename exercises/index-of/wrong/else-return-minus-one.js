// Mistake: `return -1` in the else branch gives up as soon as the first element is not the target.
function positionOf(values, target) {
  for (let i = 0; i < values.length; i++) {
    if (values[i] === target) {
      return i;
    } else {
      return -1;
    }
  }
}
