// Mistake: Math.round rounds to the nearest whole number, so 45 minutes (0.75 hours) become 1 hour.
function toHoursAndMinutes(minutes) {
  const hours = Math.round(minutes / 60);
  const rest = minutes % 60;
  if (rest < 10) {
    return hours + "h0" + rest;
  }
  return hours + "h" + rest;
}
