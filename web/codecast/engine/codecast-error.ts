// A recording that cannot be played as written: an edit whose deleted text is not in the file, an
// offset past the end, events out of time order. Corrupt data, not a learner's mistake.
export class CodecastError extends Error {
  override readonly name = 'CodecastError';
}
