// The only way a string that left the sandbox becomes a host value: JSON.parse with prototype-polluting
// keys dropped, then the EncodedValue schema. Anything else is the harness's fault or an attack, and is
// reported as our error, never as a learner's pass.
import { EncodedValue } from '../../contracts/encoded-value.ts';

export class SandboxOutputError extends Error {
  override name = 'SandboxOutputError';
}

export function parseEncodedJson(text: string): EncodedValue {
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value) =>
      key === '__proto__' || key === 'constructor' ? undefined : value,
    );
  } catch (cause) {
    throw new SandboxOutputError('the sandbox returned text that is not JSON', { cause });
  }
  const parsed = EncodedValue.safeParse(raw);
  if (!parsed.success)
    throw new SandboxOutputError(`the sandbox returned a malformed value: ${parsed.error.message}`);
  return parsed.data;
}
