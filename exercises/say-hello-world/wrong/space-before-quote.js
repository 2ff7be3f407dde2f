// Mistake: an invisible space was typed after the `!`, before the closing quote.
console.log("Hello, World! ");
