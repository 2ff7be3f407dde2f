// Mistake: divides by 2 instead of taking the remainder; n / 2 is 0 only when n is 0.
function isEven(n: number): boolean {
  return n / 2 == 0;
}
