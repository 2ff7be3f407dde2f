// Read the width, then the height: readline() gives back one line typed by the user.
// Lis la largeur, puis la hauteur : readline() renvoie une ligne tapée par l'utilisateur.
const width = readline();
const height = readline();

// Compute the area and the perimeter, then print them on two lines.
// Calcule l'aire et le périmètre, puis affiche-les sur deux lignes.
console.log("Area: ");
console.log("Perimeter: ");
