// Mistake: `i < 10` stops before 10, so the last line "n x 10 = …" is missing.
const n = Number(readline());

for (let i = 1; i < 10; i++) {
  console.log(n + " x " + i + " = " + n * i);
}
