// Generators for property tests, as data rather than code, so that an exercise cannot run host code
// and the format can be validated and documented. Each maps onto one fast-check arbitrary.
import { z } from 'zod';

export type Arbitrary =
  | { integer: { min?: number | undefined; max?: number | undefined } }
  | { float: { min?: number | undefined; max?: number | undefined } }
  | { boolean: Record<string, never> }
  | {
      string: {
        minLength?: number | undefined;
        maxLength?: number | undefined;
        alphabet?: string | undefined;
      };
    }
  | { constantFrom: unknown[] }
  | { array: { of: Arbitrary; minLength?: number | undefined; maxLength?: number | undefined } }
  | { tuple: Arbitrary[] }
  | { record: Record<string, Arbitrary> };

const size = z.number().int().min(0).max(10_000).optional();

export const Arbitrary: z.ZodType<Arbitrary> = z.lazy(() =>
  z.union([
    z.strictObject({
      integer: z.strictObject({ min: z.number().int().optional(), max: z.number().int().optional() }),
    }),
    z.strictObject({ float: z.strictObject({ min: z.number().optional(), max: z.number().optional() }) }),
    z.strictObject({ boolean: z.strictObject({}) }),
    z.strictObject({
      string: z.strictObject({ minLength: size, maxLength: size, alphabet: z.string().min(1).optional() }),
    }),
    z.strictObject({ constantFrom: z.array(z.json()).min(1) }),
    z.strictObject({ array: z.strictObject({ of: Arbitrary, minLength: size, maxLength: size }) }),
    z.strictObject({ tuple: z.array(Arbitrary).min(1) }),
    z.strictObject({ record: z.record(z.string(), Arbitrary) }),
  ]),
);
