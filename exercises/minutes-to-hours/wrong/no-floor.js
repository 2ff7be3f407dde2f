// Mistake: `/` gives a decimal number (125 / 60 is 2.0833…), so the hours are not whole.
function toHoursAndMinutes(minutes) {
  const hours = minutes / 60;
  const rest = minutes % 60;
  if (rest < 10) {
    return hours + "h0" + rest;
  }
  return hours + "h" + rest;
}
