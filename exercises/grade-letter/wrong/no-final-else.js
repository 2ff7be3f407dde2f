// Mistake: the last case (below 60) is forgotten, so the function returns undefined for a failing score.
function gradeLetter(score) {
  if (score >= 90) {
    return "A";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 70) {
    return "C";
  } else if (score >= 60) {
    return "D";
  }
}
