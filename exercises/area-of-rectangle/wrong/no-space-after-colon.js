// Mistake: no space after the colon, so the program prints "Area:12".
const width = Number(readline());
const height = Number(readline());

console.log("Area:" + width * height);
console.log("Perimeter:" + 2 * (width + height));
