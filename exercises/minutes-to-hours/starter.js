// Returns the duration `minutes` written in hours and minutes, like "2h05" for 125.
// Renvoie la durée `minutes` écrite en heures et minutes, comme "2h05" pour 125.
function toHoursAndMinutes(minutes) {
  const hours = 0; // How many whole hours? / Combien d'heures entières ?
  const rest = 0; // How many minutes are left? / Combien de minutes restent ?
  return hours + "h" + rest;
}
