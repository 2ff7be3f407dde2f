// Returns the index of the first element of `values` equal to `target`, or -1 if there is none.
// Renvoie l'indice du premier élément de `values` égal à `target`, ou -1 s'il n'y en a aucun.
function positionOf(values, target) {
  // Look at each element, from index 0: as soon as one equals target, return its index.
  // Regarde chaque élément, à partir de l'indice 0 : dès que l'un est égal à target, renvoie son indice.

  return -1;
}
