// Mistake: readline() returns text. "3" * "4" happens to work (12), but "3" + "4" glues the texts into "34",
// so the perimeter is 2 * "34" = 68.
const width = readline();
const height = readline();

const area = width * height;
const perimeter = 2 * (width + height);

console.log("Area: " + area);
console.log("Perimeter: " + perimeter);
