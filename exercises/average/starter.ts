// Returns the average of the numbers in `numbers`, or 0 when the array is empty.
// Renvoie la moyenne des nombres de `numbers`, ou 0 quand le tableau est vide.
function average(numbers: number[]): number {
  let total = 0;
  // Add up the numbers, then divide the total by how many numbers there are.
  // Additionne les nombres, puis divise le total par le nombre d'éléments.

  return total;
}
