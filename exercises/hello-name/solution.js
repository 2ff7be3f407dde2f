const name = readline();
console.log("Hello, " + name + "!");
