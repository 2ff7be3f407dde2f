// Mistake: prints the name with console.log instead of returning it, so the caller receives undefined.
function oldestPerson(people) {
  if (people.length === 0) {
    return null;
  }
  let oldest = people[0];
  for (const person of people) {
    if (person.age > oldest.age) {
      oldest = person;
    }
  }
  console.log(oldest.name);
}
