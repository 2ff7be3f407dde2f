// Returns a new array with the elements of `numbers` in reverse order.
// Renvoie un nouveau tableau avec les éléments de `numbers` dans l'ordre inverse.
function reverseArray(numbers) {
  const reversed = [];
  // Go through numbers from its last element to its first, and push each one into reversed.
  // Parcours numbers de son dernier élément jusqu'au premier, et ajoute chacun à reversed avec push.

  return reversed;
}
