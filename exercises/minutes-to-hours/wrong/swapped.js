// Mistake: `%` and `/` are swapped: the remainder is taken as the hours and the quotient as the minutes.
function toHoursAndMinutes(minutes) {
  const hours = minutes % 60;
  const rest = Math.floor(minutes / 60);
  if (rest < 10) {
    return hours + "h0" + rest;
  }
  return hours + "h" + rest;
}
