const width = Number(readline());
const height = Number(readline());

const area = width * height;
const perimeter = 2 * (width + height);

console.log("Area: " + area);
console.log("Perimeter: " + perimeter);
