// Mistake: only the "divisible by 4" rule, so century years such as 1900 are counted as leap years.
function isLeapYear(year) {
  if (year % 4 === 0) {
    return true;
  } else {
    return false;
  }
}
