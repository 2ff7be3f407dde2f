// Mistake: prints the total instead of returning it, so the caller receives undefined.
function sum(numbers) {
  let total = 0;
  for (let i = 0; i < numbers.length; i++) {
    total = total + numbers[i];
  }
  console.log(total);
}
