// Mistake: `i > 1` stops one step too early: 1 is never printed.
const n = Number(readline());

for (let i = n; i > 1; i--) {
  console.log(i);
}
console.log("Liftoff!");
