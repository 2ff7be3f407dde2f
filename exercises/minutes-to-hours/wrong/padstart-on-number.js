// Mistake: padStart is a method of texts; called on a number, it does not exist (TypeError).
function toHoursAndMinutes(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours + "h" + rest.padStart(2, "0");
}
