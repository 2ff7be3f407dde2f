// Returns the numbers of `numbers` sorted from the smallest to the largest, without using sort().
// Renvoie les nombres de `numbers` triés du plus petit au plus grand, sans utiliser sort().
function sortNumbers(numbers: number[]): number[] {
  // A copy, so that the caller's array stays as it is.
  // Une copie, pour que le tableau de l'appelant reste tel quel.
  const sorted: number[] = [...numbers];
  // Go through sorted and swap two neighbours when the first is greater than the second.
  // How many times must you go through the array?
  // Parcours sorted et échange deux voisins quand le premier est plus grand que le second.
  // Combien de fois faut-il parcourir le tableau ?

  return sorted;
}
