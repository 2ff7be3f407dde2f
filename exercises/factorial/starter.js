// Returns n! = 1 × 2 × 3 × … × n (and 0! = 1).
// Renvoie n! = 1 × 2 × 3 × … × n (et 0! = 1).
function factorial(n) {
  let product = 1;
  // Multiply product by every number from 1 to n, with a loop.
  // Multiplie product par chaque nombre de 1 à n, avec une boucle.

  return product;
}
