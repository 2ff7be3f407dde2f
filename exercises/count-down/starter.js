// Read the number to start from (readline() gives text: Number(...) turns it into a number).
// Lis le nombre de départ (readline() donne du texte : Number(...) le transforme en nombre).
const n = Number(readline());

// Count down from n to 1, one number per line, then print "Liftoff!".
// Compte à rebours de n jusqu'à 1, un nombre par ligne, puis affiche "Liftoff!".
console.log("Liftoff!");
