function reverseArray(numbers) {
  const reversed = [];
  for (let i = numbers.length - 1; i >= 0; i--) {
    reversed.push(numbers[i]);
  }
  return reversed;
}
