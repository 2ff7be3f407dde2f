// The exercise's declarative generators (contracts/arbitrary.ts) as fast-check arbitraries. Property
// tests run fast-check on the host, so only JSON-like data is generated and then copied into the sandbox.
import fc from 'fast-check';
import type { Arbitrary } from '../../contracts/arbitrary.ts';

export function arbitraryToFastCheck(arbitrary: Arbitrary): fc.Arbitrary<unknown> {
  if ('integer' in arbitrary) return fc.integer(defined(arbitrary.integer));
  // NaN and the infinities are rarely what a teacher means by "a number"; -0 is kept.
  if ('float' in arbitrary)
    return fc.double({ ...defined(arbitrary.float), noNaN: true, noDefaultInfinity: true });
  if ('boolean' in arbitrary) return fc.boolean();
  if ('string' in arbitrary) {
    const { alphabet, ...lengths } = arbitrary.string;
    const unit = alphabet === undefined ? undefined : fc.constantFrom(...Array.from(alphabet));
    return fc.string(defined({ ...lengths, unit }));
  }
  if ('constantFrom' in arbitrary) return fc.constantFrom(...arbitrary.constantFrom);
  if ('array' in arbitrary) {
    const { of, ...lengths } = arbitrary.array;
    return fc.array(arbitraryToFastCheck(of), defined(lengths));
  }
  if ('tuple' in arbitrary) return fc.tuple(...arbitrary.tuple.map(arbitraryToFastCheck));
  const fields = Object.entries(arbitrary.record).map(
    ([key, field]) => [key, arbitraryToFastCheck(field)] as const,
  );
  return fc.record(Object.fromEntries(fields));
}

/** fast-check treats an explicit `undefined` constraint differently from an absent one. */
function defined<T extends object>(constraints: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(constraints).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
