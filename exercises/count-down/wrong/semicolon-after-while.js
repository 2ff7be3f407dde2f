// Mistake: the `;` right after `while (...)` is an empty loop body; the block below is not part of the loop,
// so the empty loop spins forever without changing n.
let n = Number(readline());

while (n >= 1); {
  console.log(n);
  n--;
}
console.log("Liftoff!");
