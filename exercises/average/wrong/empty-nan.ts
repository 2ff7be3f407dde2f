// Mistake: forgets the empty array; 0 / 0 is NaN instead of the documented 0.
function average(numbers: number[]): number {
  let total = 0;
  for (let i = 0; i < numbers.length; i++) {
    total = total + numbers[i];
  }
  return total / numbers.length;
}
