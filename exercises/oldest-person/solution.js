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
  return oldest.name;
}
