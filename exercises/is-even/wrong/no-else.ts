// Mistake: only the even case returns something, so odd numbers get undefined.
function isEven(n: number): boolean {
  if (n % 2 === 0) {
    return true;
  }
}
