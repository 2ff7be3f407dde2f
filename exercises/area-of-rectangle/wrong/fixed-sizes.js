// Mistake: the sizes of the example are written in the program instead of being read, so it always answers
// for a 3 by 4 rectangle.
const width = 3;
const height = 4;

console.log("Area: " + width * height);
console.log("Perimeter: " + 2 * (width + height));
