// Mistake: the product starts at 0, as a sum would, and 0 times anything stays 0.
function factorial(n) {
  let product = 0;
  for (let i = 1; i <= n; i++) {
    product = product * i;
  }
  return product;
}
