// Mistake: the name is written in the program instead of being read, so it greets Ada whoever types.
const name = "Ada";
console.log("Hello, " + name + "!");
