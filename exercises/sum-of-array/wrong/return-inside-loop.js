// Mistake: `return` inside the loop ends the function after the first number; for an empty array the loop
// never runs and nothing is returned.
function sum(numbers) {
  let total = 0;
  for (let i = 0; i < numbers.length; i++) {
    total = total + numbers[i];
    return total;
  }
}
