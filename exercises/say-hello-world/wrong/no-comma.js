// Mistake: the comma after Hello is forgotten.
console.log("Hello World!");
