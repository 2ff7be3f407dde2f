// Mistake: the greatest age starts at 0, so a person aged 0 is never "older" and the name stays null.
function oldestPerson(people) {
  let maxAge = 0;
  let oldestName = null;
  for (const person of people) {
    if (person.age > maxAge) {
      maxAge = person.age;
      oldestName = person.name;
    }
  }
  return oldestName;
}
