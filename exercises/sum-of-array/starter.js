// Returns the sum of the numbers in the array `numbers`.
// Renvoie la somme des nombres du tableau `numbers`.
function sum(numbers) {
  let total = 0;
  // Add each number of the array to total, with a loop.
  // Ajoute chaque nombre du tableau à total, avec une boucle.

  return total;
}
