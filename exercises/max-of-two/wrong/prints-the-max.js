// Mistake: prints the larger number instead of returning it, so the caller receives undefined.
function maxOfTwo(a, b) {
  if (a > b) {
    console.log(a);
  } else {
    console.log(b);
  }
}
