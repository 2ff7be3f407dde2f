// Mistake: starts from people[0] without checking that the array has one; for an empty array oldest is
// undefined, and reading oldest.name crashes.
function oldestPerson(people) {
  let oldest = people[0];
  for (const person of people) {
    if (person.age > oldest.age) {
      oldest = person;
    }
  }
  return oldest.name;
}
