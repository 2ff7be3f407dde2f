// Mistake: starts from numbers[0], which does not exist when the array is empty, so sum([]) is undefined.
function sum(numbers) {
  let total = numbers[0];
  for (let i = 1; i < numbers.length; i++) {
    total = total + numbers[i];
  }
  return total;
}
