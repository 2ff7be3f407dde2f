// Mistake: divides by 3, the count of the example, instead of by numbers.length.
function average(numbers: number[]): number {
  if (numbers.length === 0) {
    return 0;
  }
  let total = 0;
  for (let i = 0; i < numbers.length; i++) {
    total = total + numbers[i];
  }
  return total / 3;
}
