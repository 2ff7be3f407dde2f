// Mistake: the comma is forgotten, so the output is "Hello Ada!" instead of "Hello, Ada!".
const name = readline();
console.log("Hello " + name + "!");
