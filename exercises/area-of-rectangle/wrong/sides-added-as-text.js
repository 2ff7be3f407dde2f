// Mistake: the lines read are never turned into numbers, so adding the four sides glues them: "3434".
const width = readline();
const height = readline();

console.log("Area: " + width * height);
console.log("Perimeter: " + (width + height + width + height));
