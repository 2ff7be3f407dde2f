// Mistake: `<=` visits one index too many; numbers[numbers.length] is undefined, and 6 + undefined is NaN.
function sum(numbers) {
  let total = 0;
  for (let i = 0; i <= numbers.length; i++) {
    total = total + numbers[i];
  }
  return total;
}
