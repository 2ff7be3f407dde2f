// Mistake: the sizes are numbers, but after the text "Perimeter: " each `+` glues instead of adding:
// "Perimeter: " + 6 + 8 gives "Perimeter: 68".
const width = Number(readline());
const height = Number(readline());

console.log("Area: " + width * height);
console.log("Perimeter: " + 2 * width + 2 * height);
