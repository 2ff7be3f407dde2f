// Returns the largest number of the (non-empty) array `numbers`.
// Renvoie le plus grand nombre du tableau (non vide) `numbers`.
function maxOf(numbers) {
  let largest = numbers[0];
  // Compare each number with largest, and keep the greater one.
  // Compare chaque nombre avec largest, et garde le plus grand.

  return largest;
}
