// Mistake: `readline` without parentheses is the function itself, not the line it reads, so Number() gives NaN.
const width = Number(readline);
const height = Number(readline);

console.log("Area: " + width * height);
console.log("Perimeter: " + 2 * (width + height));
