// Mistake: uses the built-in sort(), which is not allowed, and which without a comparison function sorts
// numbers as texts ("10" comes before "9").
function sortNumbers(numbers: number[]): number[] {
  return [...numbers].sort();
}
