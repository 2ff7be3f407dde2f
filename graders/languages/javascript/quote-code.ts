// Learner code quoted inside a message, as inline code. Long or multi-line pieces are shortened: the
// message points at the place anyway, the quote only has to be recognisable.

const maxQuoteLength = 60;

/** `text` as inline code, on one line, cut with an ellipsis past a readable length. */
export function quoteCode(text: string): string {
  let flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length > maxQuoteLength) flat = `${flat.slice(0, maxQuoteLength - 1).trimEnd()}…`;
  // A quote that itself holds backticks needs a longer fence, with spaces so the edges stay readable.
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  if (longestRun === 0) return `\`${flat}\``;
  const fence = '`'.repeat(longestRun + 1);
  return `${fence} ${flat} ${fence}`;
}
