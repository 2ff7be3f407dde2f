// Returns the name of the oldest person of the array `people`, or null when the array is empty.
// Each person is an object like { name: "Ada", age: 36 }.
// Renvoie le nom de la personne la plus âgée du tableau `people`, ou null quand le tableau est vide.
// Chaque personne est un objet comme { name: "Ada", age: 36 }.
function oldestPerson(people) {
  // Keep the oldest person seen so far in a variable, and compare each person's age with theirs.
  // Garde dans une variable la personne la plus âgée vue jusqu'ici, et compare l'âge de chacun au sien.

  return null;
}
