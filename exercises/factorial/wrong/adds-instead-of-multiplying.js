// Mistake: adds the numbers (as in a sum) instead of multiplying them: factorial(5) gives 1+2+3+4+5 = 15.
function factorial(n) {
  let product = 0;
  for (let i = 1; i <= n; i++) {
    product = product + i;
  }
  return product;
}
