// Mistake: `i >= 0` goes one step too far and prints 0 before "Liftoff!".
const n = Number(readline());

for (let i = n; i >= 0; i--) {
  console.log(i);
}
console.log("Liftoff!");
