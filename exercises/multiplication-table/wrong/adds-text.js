// Mistake: the result is built by adding n again and again, but n is still the text read by readline(),
// so `+` glues: 0 + "3" is "03", then "033"…
const n = readline();
let result = 0;

for (let i = 1; i <= 10; i++) {
  result = result + n;
  console.log(n + " x " + i + " = " + result);
}
