// Mistake: starts counting at 1, as people do, so the first element (index 0) is never added.
function sum(numbers) {
  let total = 0;
  for (let i = 1; i < numbers.length; i++) {
    total = total + numbers[i];
  }
  return total;
}
