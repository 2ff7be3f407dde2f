// Mistake: only the leap case returns something; for an ordinary year the function returns undefined.
function isLeapYear(year) {
  if (year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0)) {
    return true;
  }
}
