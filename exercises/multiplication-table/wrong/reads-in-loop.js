// Mistake: readline() is called inside the loop: it reads a new line at each turn, and after the first one
// there is nothing left to read (null).
for (let i = 1; i <= 10; i++) {
  const n = readline();
  console.log(n + " x " + i + " = " + n * i);
}
