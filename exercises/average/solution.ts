function average(numbers: number[]): number {
  if (numbers.length === 0) {
    return 0;
  }
  let total = 0;
  for (const n of numbers) {
    total = total + n;
  }
  return total / numbers.length;
}
