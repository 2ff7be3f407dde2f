// Mistake: `=` instead of `===` in the condition; `year % 4 = 0` tries to store 0 into a calculation.
function isLeapYear(year) {
  if (year % 4 = 0) {
    return true;
  } else {
    return false;
  }
}
