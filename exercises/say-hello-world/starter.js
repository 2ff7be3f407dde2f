// console.log(...) prints what is between its parentheses on a new line.
// console.log(...) affiche ce qui est entre ses parenthèses, sur une nouvelle ligne.
// Change the text between the quotes so that the program prints: Hello, World!
// Change le texte entre les guillemets pour que le programme affiche : Hello, World!
console.log("Hi");
