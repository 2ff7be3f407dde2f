// Read the number whose table is printed.
// Lis le nombre dont on affiche la table.
const n = Number(readline());

// Print the 10 lines of the table, from "n x 1 = …" to "n x 10 = …", with a loop.
// Affiche les 10 lignes de la table, de "n x 1 = …" à "n x 10 = …", avec une boucle.
console.log(n + " x 1 = " + n);
