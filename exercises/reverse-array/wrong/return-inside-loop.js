// Mistake: `return` is inside the loop, so the function stops after the first element it pushes.
function reverseArray(numbers) {
  const reversed = [];
  for (let i = numbers.length - 1; i >= 0; i--) {
    reversed.push(numbers[i]);
    return reversed;
  }
}
