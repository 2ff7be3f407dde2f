function toHoursAndMinutes(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest < 10) {
    return hours + "h0" + rest;
  }
  return hours + "h" + rest;
}
