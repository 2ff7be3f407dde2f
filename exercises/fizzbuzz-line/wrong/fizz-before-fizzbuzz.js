// Mistake: the multiple-of-3 case is tested first, so 15 becomes "Fizz" and the FizzBuzz case is never reached.
function fizzbuzzLine(n) {
  let line = "";
  for (let i = 1; i <= n; i++) {
    if (i % 3 === 0) {
      line = line + "Fizz ";
    } else if (i % 5 === 0) {
      line = line + "Buzz ";
    } else if (i % 15 === 0) {
      line = line + "FizzBuzz ";
    } else {
      line = line + i + " ";
    }
  }
  return line;
}
