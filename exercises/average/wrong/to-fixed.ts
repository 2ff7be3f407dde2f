// Mistake: rounds with toFixed(2), which gives back a text ("1.50"), not a number.
function average(numbers: number[]): number {
  if (numbers.length === 0) {
    return 0;
  }
  let total = 0;
  for (let i = 0; i < numbers.length; i++) {
    total = total + numbers[i];
  }
  return (total / numbers.length).toFixed(2);
}
