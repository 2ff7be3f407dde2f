// Mistake: counts up from 1 to n instead of down from n to 1.
const n = Number(readline());

for (let i = 1; i <= n; i++) {
  console.log(i);
}
console.log("Liftoff!");
