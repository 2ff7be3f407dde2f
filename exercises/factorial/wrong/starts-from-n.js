// Mistake: starts from n itself and multiplies by the numbers below it; fine for n >= 1, but 0! gives 0
// instead of 1.
function factorial(n) {
  let product = n;
  for (let i = n - 1; i >= 1; i--) {
    product = product * i;
  }
  return product;
}
