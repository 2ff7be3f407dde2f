// Mistake: `return` inside the forEach callback only leaves the callback for that one number; the function
// filterPositives itself returns nothing.
function filterPositives(numbers) {
  numbers.forEach(function (n) {
    if (n > 0) {
      return n;
    }
  });
}
