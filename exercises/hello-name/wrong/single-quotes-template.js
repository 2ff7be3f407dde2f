// Mistake: `${name}` between single quotes is plain text; only backticks make a template.
const name = readline();
console.log('Hello, ${name}!');
