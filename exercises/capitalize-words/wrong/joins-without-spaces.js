// Mistake: joins the words back with "" instead of " ", so the spaces between them are lost.
function capitalizeWords(text) {
  const words = text.split(" ");
  let result = "";
  for (const word of words) {
    result = result + word.charAt(0).toUpperCase() + word.slice(1);
  }
  return result;
}
