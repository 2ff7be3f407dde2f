// Mistake: the conditions are checked from the lowest grade up, so `score >= 60` catches every passing score
// and the other branches are never reached.
function gradeLetter(score) {
  if (score < 60) {
    return "F";
  } else if (score >= 60) {
    return "D";
  } else if (score >= 70) {
    return "C";
  } else if (score >= 80) {
    return "B";
  } else {
    return "A";
  }
}
