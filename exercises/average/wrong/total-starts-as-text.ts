// Mistake: the total starts as the empty text "" instead of the number 0, so + glues the numbers together
// as text ("249") instead of adding them; the division then reads that text as the number 249.
function average(numbers: number[]): number {
  if (numbers.length === 0) {
    return 0;
  }
  let total = "";
  for (let i = 0; i < numbers.length; i++) {
    total = total + numbers[i];
  }
  return total / numbers.length;
}
