// Mistake: `>` instead of `>=`, so a score right on a limit (90, 80, 70, 60) gets the letter below.
function gradeLetter(score) {
  if (score > 90) {
    return "A";
  } else if (score > 80) {
    return "B";
  } else if (score > 70) {
    return "C";
  } else if (score > 60) {
    return "D";
  } else {
    return "F";
  }
}
