// Mistake: the largest-so-far starts at 0, so an array of negative numbers gives 0.
function maxOf(numbers) {
  let largest = 0;
  for (const n of numbers) {
    if (n > largest) {
      largest = n;
    }
  }
  return largest;
}
