// Mistake: the loop starts at 0, a multiple of every number, so the line starts with an extra "FizzBuzz".
function fizzbuzzLine(n) {
  let line = "";
  for (let i = 0; i <= n; i++) {
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
