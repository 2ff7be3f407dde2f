// Mistake: `i < n` stops one number too early, so n itself is missing.
function fizzbuzzLine(n) {
  let line = "";
  for (let i = 1; i < n; i++) {
    if (i % 15 === 0) {
      line = line + "FizzBuzz ";
    } else if (i % 3 === 0) {
      line = line + "Fizz ";
    } else if (i % 5 === 0) {
      line = line + "Buzz ";
    } else {
      line = line + i + " ";
    }
  }
  return line;
}
