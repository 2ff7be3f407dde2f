// Mistake: "Liftoff!" is printed inside the loop, so it comes after every number instead of once at the end.
const n = Number(readline());

for (let i = n; i >= 1; i--) {
  console.log(i);
  console.log("Liftoff!");
}
