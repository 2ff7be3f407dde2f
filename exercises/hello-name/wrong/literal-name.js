// Mistake: the variable is inside the quotes, so the program prints the word "name".
const name = readline();
console.log("Hello, name!");
