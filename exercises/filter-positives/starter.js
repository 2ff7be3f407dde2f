// Returns a new array with only the positive numbers of `numbers` (greater than 0), in the same order.
// Renvoie un nouveau tableau avec seulement les nombres strictement positifs de `numbers` (plus grands
// que 0), dans le même ordre.
function filterPositives(numbers) {
  const positives = [];
  for (let i = 0; i < numbers.length; i++) {
    // Keep numbers[i] only if it is positive.
    // Garde numbers[i] seulement s'il est strictement positif.
    positives.push(numbers[i]);
  }
  return positives;
}
