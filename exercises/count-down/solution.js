const n = Number(readline());

for (let i = n; i >= 1; i--) {
  console.log(i);
}
console.log("Liftoff!");
