// Mistake: `=` in the conditions stores 0 in the variables instead of comparing; 0 counts as false, so no
// condition is ever true.
function isLeapYear(year) {
  let byFour = year % 4;
  let byHundred = year % 100;
  let byFourHundred = year % 400;
  if (byFourHundred = 0) {
    return true;
  }
  if (byHundred = 0) {
    return false;
  }
  if (byFour = 0) {
    return true;
  }
  return false;
}
