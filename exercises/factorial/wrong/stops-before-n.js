// Mistake: `i < n` stops one turn early: n itself is never multiplied in, so factorial(5) gives 4! = 24.
function factorial(n) {
  let product = 1;
  for (let i = 1; i < n; i++) {
    product = product * i;
  }
  return product;
}
