// Mistake: `let max = b` inside the if declares a second variable named max, which disappears at the `}`;
// the max returned is still a.
function maxOfTwo(a, b) {
  let max = a;
  if (b > a) {
    let max = b;
  }
  return max;
}
