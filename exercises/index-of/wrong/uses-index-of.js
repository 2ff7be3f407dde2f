// Mistake: calls the built-in indexOf, which is exactly what the exercise asks to write by hand.
function positionOf(values, target) {
  return values.indexOf(target);
}
