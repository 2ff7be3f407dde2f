// Mistake: adds the width and the height once each, but a rectangle has two widths and two heights.
const width = Number(readline());
const height = Number(readline());

console.log("Area: " + width * height);
console.log("Perimeter: " + (width + height));
