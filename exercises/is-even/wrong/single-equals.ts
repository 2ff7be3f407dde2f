// Mistake: `=` in the condition stores 0 in rest instead of comparing, so the condition is always false.
function isEven(n: number): boolean {
  let rest = n % 2;
  if (rest = 0) {
    return true;
  }
  return false;
}
