// Mistake: the loop goes on after finding the target, so a later equal element overwrites the position and
// the answer is the last index, not the first.
function positionOf(values, target) {
  let position = -1;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === target) {
      position = i;
    }
  }
  return position;
}
