// Mistake: the while loop never changes n, so it prints the same number forever.
let n = Number(readline());

while (n >= 1) {
  console.log(n);
}
console.log("Liftoff!");
