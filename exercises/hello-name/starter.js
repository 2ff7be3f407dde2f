// Read the name typed by the user.
// Lis le prénom tapé par l'utilisateur.
const name = readline();

// Print "Hello, " followed by the name and "!".
// Affiche « Hello, » suivi du prénom et de « ! ».
console.log("Hello");
