// Mistake: no spaces around "x" and "=", so the lines read "3x1=3".
const n = Number(readline());

for (let i = 1; i <= 10; i++) {
  console.log(n + "x" + i + "=" + n * i);
}
