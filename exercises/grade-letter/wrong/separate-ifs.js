// Mistake: separate ifs without else all run one after the other, and each one overwrites the letter: any
// score of 60 or more ends as "D".
function gradeLetter(score) {
  let letter = "F";
  if (score >= 90) {
    letter = "A";
  }
  if (score >= 80) {
    letter = "B";
  }
  if (score >= 70) {
    letter = "C";
  }
  if (score >= 60) {
    letter = "D";
  }
  return letter;
}
