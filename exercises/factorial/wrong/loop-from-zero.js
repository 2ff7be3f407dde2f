// Mistake: the loop starts at i = 0, so the first multiplication is by 0 and the product stays 0.
function factorial(n) {
  let product = 1;
  for (let i = 0; i <= n; i++) {
    product = product * i;
  }
  return product;
}
