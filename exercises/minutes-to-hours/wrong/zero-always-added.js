// Mistake: a 0 is always added before the minutes, even when there are already two digits ("1h030").
function toHoursAndMinutes(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours + "h0" + rest;
}
