// Mistake: the minutes are not written with two digits, so 125 gives "2h5" instead of "2h05".
function toHoursAndMinutes(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours + "h" + rest;
}
