// Mistake: the exclamation mark is forgotten.
const name = readline();
console.log("Hello, " + name);
