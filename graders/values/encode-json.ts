// Teacher data (YAML/JSON arguments and expected values) as an EncodedValue, so it compares with what
// the sandbox returns. Host-side only: this data is trusted and plain.
import type { EncodedValue } from '../../contracts/encoded-value.ts';

export function encodeJson(value: unknown): EncodedValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === undefined) return { $: 'undefined' };
  if (typeof value === 'number') return encodeNumber(value);
  if (Array.isArray(value)) return { $: 'array', items: value.map(encodeJson) };
  if (typeof value === 'object') {
    return { $: 'object', entries: Object.entries(value).map(([key, item]) => [key, encodeJson(item)]) };
  }
  throw new TypeError(`encodeJson: ${typeof value} is not JSON data`);
}

export function encodeNumber(value: number): EncodedValue {
  if (Number.isNaN(value)) return { $: 'number', v: 'NaN' };
  if (value === Number.POSITIVE_INFINITY) return { $: 'number', v: 'Infinity' };
  if (value === Number.NEGATIVE_INFINITY) return { $: 'number', v: '-Infinity' };
  if (Object.is(value, -0)) return { $: 'number', v: '-0' };
  return value;
}
