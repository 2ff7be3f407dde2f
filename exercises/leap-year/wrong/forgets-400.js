// Mistake: the exception for centuries is there, but not the exception to the exception: 2000 is divisible
// by 400, so it is a leap year.
function isLeapYear(year) {
  if (year % 100 === 0) {
    return false;
  }
  if (year % 4 === 0) {
    return true;
  }
  return false;
}
