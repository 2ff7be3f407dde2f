// Mistake: the loop starts at 0, as array indices do, so the table begins with "n x 0 = 0".
const n = Number(readline());

for (let i = 0; i <= 10; i++) {
  console.log(n + " x " + i + " = " + n * i);
}
