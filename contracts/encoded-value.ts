// A JavaScript value as data: what leaves the sandbox (made by the in-isolate harness with intrinsics it
// captured before learner code ran) and what the host compares. Plain JSON cannot say undefined, NaN, -0,
// a Map or a cycle, and a learner's object keys must never become keys of a host object (`__proto__`),
// so objects are lists of [key, value] pairs.
import { z } from 'zod';

export type EncodedValue =
  | null
  | boolean
  | number
  | string
  | { $: 'undefined' }
  | { $: 'number'; v: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { $: 'bigint'; v: string }
  | { $: 'symbol'; v: string }
  | { $: 'array'; items: EncodedValue[] }
  | { $: 'object'; entries: [string, EncodedValue][]; ctor?: string | undefined }
  | { $: 'map'; entries: [EncodedValue, EncodedValue][] }
  | { $: 'set'; items: EncodedValue[] }
  | { $: 'date'; v: string }
  | { $: 'regexp'; source: string; flags: string }
  | { $: 'function'; name: string }
  | { $: 'error'; name: string; message: string }
  | { $: 'promise' }
  // An accessor property: never invoked by the harness, so a getter cannot answer differently to it.
  | { $: 'getter' }
  | { $: 'cycle' }
  // Cut by the harness's depth or size cap.
  | { $: 'truncated' }
  | { $: 'other'; tag: string };

export const EncodedValue: z.ZodType<EncodedValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.strictObject({ $: z.literal('undefined') }),
    z.strictObject({ $: z.literal('number'), v: z.enum(['NaN', 'Infinity', '-Infinity', '-0']) }),
    z.strictObject({ $: z.literal('bigint'), v: z.string() }),
    z.strictObject({ $: z.literal('symbol'), v: z.string() }),
    z.strictObject({ $: z.literal('array'), items: z.array(EncodedValue) }),
    z.strictObject({
      $: z.literal('object'),
      entries: z.array(z.tuple([z.string(), EncodedValue])),
      ctor: z.string().optional(),
    }),
    z.strictObject({ $: z.literal('map'), entries: z.array(z.tuple([EncodedValue, EncodedValue])) }),
    z.strictObject({ $: z.literal('set'), items: z.array(EncodedValue) }),
    z.strictObject({ $: z.literal('date'), v: z.string() }),
    z.strictObject({ $: z.literal('regexp'), source: z.string(), flags: z.string() }),
    z.strictObject({ $: z.literal('function'), name: z.string() }),
    z.strictObject({ $: z.literal('error'), name: z.string(), message: z.string() }),
    z.strictObject({ $: z.literal('promise') }),
    z.strictObject({ $: z.literal('getter') }),
    z.strictObject({ $: z.literal('cycle') }),
    z.strictObject({ $: z.literal('truncated') }),
    z.strictObject({ $: z.literal('other'), tag: z.string() }),
  ]),
);
