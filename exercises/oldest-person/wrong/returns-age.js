// Mistake: keeps track of the greatest age and returns it, instead of the name of the person who has it.
function oldestPerson(people) {
  if (people.length === 0) {
    return null;
  }
  let oldest = people[0].age;
  for (const person of people) {
    if (person.age > oldest) {
      oldest = person.age;
    }
  }
  return oldest;
}
