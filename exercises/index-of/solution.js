function positionOf(values, target) {
  for (let i = 0; i < values.length; i++) {
    if (values[i] === target) {
      return i;
    }
  }
  return -1;
}
