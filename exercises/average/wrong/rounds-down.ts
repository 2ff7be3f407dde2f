// Mistake: expects the division to need rounding ("integer division" habit), so 1.5 becomes 1.
function average(numbers: number[]): number {
  if (numbers.length === 0) {
    return 0;
  }
  let total = 0;
  for (let i = 0; i < numbers.length; i++) {
    total = total + numbers[i];
  }
  return Math.floor(total / numbers.length);
}
