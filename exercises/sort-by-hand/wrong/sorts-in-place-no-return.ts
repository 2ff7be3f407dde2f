// Mistake: sorts the caller's array itself, in place, and forgets to return anything.
function sortNumbers(numbers: number[]): number[] {
  for (let pass = 0; pass < numbers.length; pass++) {
    for (let i = 0; i < numbers.length - 1; i++) {
      if (numbers[i] > numbers[i + 1]) {
        const saved = numbers[i];
        numbers[i] = numbers[i + 1];
        numbers[i + 1] = saved;
      }
    }
  }
}
