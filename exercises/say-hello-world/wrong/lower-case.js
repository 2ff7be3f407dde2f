// Mistake: no capital letters; for the computer "hello" and "Hello" are different texts.
console.log("hello, world!");
