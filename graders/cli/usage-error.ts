// The person at the terminal typed something we cannot do: print why and how, exit 2, no stack trace.
export class UsageError extends Error {
  override name = 'UsageError';
}
