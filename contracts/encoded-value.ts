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

/**
 * Checked by hand rather than as a zod union: every value a learner's function returns and every worker
 * message goes through here, and a union of 21 object shapes tried in turn cost ~7 µs per node. Same
 * strictness: no unknown key, every field of the right type, depth bounded.
 */
export const EncodedValue = z.custom<EncodedValue>((value) => isEncodedValue(value, 0), {
  message: 'not an encoded value',
});

const maxDepth = 200;
const numberNames = new Set(['NaN', 'Infinity', '-Infinity', '-0']);
type Fields = Record<string, (value: unknown, depth: number) => boolean>;
const isString = (value: unknown) => typeof value === 'string';
const isList = (value: unknown, depth: number) =>
  Array.isArray(value) && value.every((item) => isEncodedValue(item, depth + 1));
const isPairs = (value: unknown, depth: number, key: (k: unknown, depth: number) => boolean) =>
  Array.isArray(value) &&
  value.every(
    (pair) =>
      Array.isArray(pair) &&
      pair.length === 2 &&
      key(pair[0], depth + 1) &&
      isEncodedValue(pair[1], depth + 1),
  );

const shapes: Record<string, Fields> = {
  undefined: {},
  number: { v: (v) => typeof v === 'string' && numberNames.has(v) },
  bigint: { v: isString },
  symbol: { v: isString },
  array: { items: isList },
  object: { entries: (v, d) => isPairs(v, d, isString), ctor: isString },
  map: { entries: (v, d) => isPairs(v, d, isEncodedValue) },
  set: { items: isList },
  date: { v: isString },
  regexp: { source: isString, flags: isString },
  function: { name: isString },
  error: { name: isString, message: isString },
  promise: {},
  getter: {},
  cycle: {},
  truncated: {},
  other: { tag: isString },
};
/** Fields a shape may leave out. */
const optional = new Set(['object.ctor']);

export function isEncodedValue(value: unknown, depth = 0): value is EncodedValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return true;
  if (typeof value !== 'object' || Array.isArray(value) || depth > maxDepth) return false;
  const record = value as Record<string, unknown>;
  const kind = record.$;
  if (typeof kind !== 'string' || !Object.hasOwn(shapes, kind)) return false;
  const fields = shapes[kind] as Fields;
  for (const key of Object.keys(record)) {
    if (key !== '$' && !Object.hasOwn(fields, key)) return false;
  }
  for (const [key, check] of Object.entries(fields)) {
    if (!Object.hasOwn(record, key)) {
      if (optional.has(`${kind}.${key}`)) continue;
      return false;
    }
    if (!check(record[key], depth)) return false;
  }
  return true;
}
