// Mistake: `i++` instead of `i--`: i grows (3, 4, 5…), so `i >= 1` stays true and the loop never ends.
const n = Number(readline());

for (let i = n; i >= 1; i++) {
  console.log(i);
}
console.log("Liftoff!");
