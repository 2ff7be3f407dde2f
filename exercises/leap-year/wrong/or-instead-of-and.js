// Mistake: `||` where `&&` is needed: `year % 100 !== 0` alone is enough to answer true, so 2023 is "leap".
function isLeapYear(year) {
  return year % 4 === 0 || year % 100 !== 0 || year % 400 === 0;
}
