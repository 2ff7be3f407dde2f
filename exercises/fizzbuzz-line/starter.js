// Returns the numbers from 1 to n on one line, with Fizz, Buzz and FizzBuzz in place of some of them.
// Renvoie les nombres de 1 à n sur une ligne, avec Fizz, Buzz et FizzBuzz à la place de certains.
function fizzbuzzLine(n) {
  let line = "";
  for (let i = 1; i <= n; i++) {
    // Choose the word for i: Fizz, Buzz, FizzBuzz, or the number itself.
    // Choisis le mot pour i : Fizz, Buzz, FizzBuzz, ou le nombre lui-même.
    line = line + i + " ";
  }
  return line;
}
