// Mistake: the greeting is translated into French, but the expected output is the English text.
console.log("Bonjour, le monde !");
