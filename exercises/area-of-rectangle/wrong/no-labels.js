// Mistake: prints only the numbers, without the "Area: " and "Perimeter: " labels.
const width = Number(readline());
const height = Number(readline());

console.log(width * height);
console.log(2 * (width + height));
