// Mistake: the recursion stops at 1 only; factorial(0) calls factorial(-1), factorial(-2)… and never stops,
// until the call stack overflows.
function factorial(n) {
  if (n === 1) {
    return 1;
  }
  return n * factorial(n - 1);
}
