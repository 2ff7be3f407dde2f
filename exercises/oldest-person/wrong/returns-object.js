// Mistake: returns the whole person object instead of just its name.
function oldestPerson(people) {
  if (people.length === 0) {
    return null;
  }
  let oldest = people[0];
  for (let i = 1; i < people.length; i++) {
    if (people[i].age > oldest.age) {
      oldest = people[i];
    }
  }
  return oldest;
}
