// Deep structural equality of two encoded values: what "the function returned the right thing" means.
// Numbers are compared with Object.is semantics except that 0 equals -0 (beginners never mean -0),
// optionally within a tolerance; `unordered` compares arrays and sets as multisets.
import type { EncodedValue } from '../../contracts/encoded-value.ts';

export interface CompareOptions {
  tolerance?: number | undefined;
  unordered?: boolean | undefined;
}

export function valuesEqual(a: EncodedValue, b: EncodedValue, options: CompareOptions = {}): boolean {
  const numA = asNumber(a);
  const numB = asNumber(b);
  if (numA !== undefined && numB !== undefined) return numbersEqual(numA, numB, options.tolerance);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a.$ !== b.$) return false;
  switch (a.$) {
    case 'array':
    case 'set': {
      const bItems = (b as typeof a).items;
      return options.unordered || a.$ === 'set'
        ? multisetsEqual(a.items, bItems, options)
        : listsEqual(a.items, bItems, options);
    }
    case 'object': {
      const other = b as typeof a;
      if ((a.ctor ?? 'Object') !== (other.ctor ?? 'Object')) return false;
      return entriesEqual(a.entries, other.entries, options);
    }
    case 'map': {
      const other = b as typeof a;
      if (a.entries.length !== other.entries.length) return false;
      const remaining = [...other.entries];
      return a.entries.every(([key, value]) => {
        const at = remaining.findIndex(
          ([k, v]) => valuesEqual(key, k, options) && valuesEqual(value, v, options),
        );
        if (at < 0) return false;
        remaining.splice(at, 1);
        return true;
      });
    }
    case 'regexp': {
      const other = b as typeof a;
      return a.source === other.source && a.flags === other.flags;
    }
    case 'error': {
      const other = b as typeof a;
      return a.name === other.name && a.message === other.message;
    }
    case 'undefined':
    case 'promise':
    case 'cycle':
      return true;
    // A getter, a truncated value, a function or an unknown object never equals anything: the grader
    // cannot vouch for what it did not see.
    case 'getter':
    case 'truncated':
    case 'function':
    case 'other':
      return false;
    default:
      return 'v' in a && 'v' in b && a.v === b.v;
  }
}

function asNumber(value: EncodedValue): number | undefined {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && value.$ === 'number') {
    return {
      NaN: Number.NaN,
      Infinity: Number.POSITIVE_INFINITY,
      '-Infinity': Number.NEGATIVE_INFINITY,
      '-0': -0,
    }[value.v];
  }
  return undefined;
}

function numbersEqual(a: number, b: number, tolerance: number | undefined): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  return tolerance !== undefined && Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= tolerance;
}

function listsEqual(a: EncodedValue[], b: EncodedValue[], options: CompareOptions): boolean {
  return a.length === b.length && a.every((item, i) => valuesEqual(item, b[i] as EncodedValue, options));
}

function multisetsEqual(a: EncodedValue[], b: EncodedValue[], options: CompareOptions): boolean {
  if (a.length !== b.length) return false;
  const remaining = [...b];
  return a.every((item) => {
    const at = remaining.findIndex((candidate) => valuesEqual(item, candidate, options));
    if (at < 0) return false;
    remaining.splice(at, 1);
    return true;
  });
}

function entriesEqual(
  a: [string, EncodedValue][],
  b: [string, EncodedValue][],
  options: CompareOptions,
): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(b);
  if (byKey.size !== b.length) return false;
  return a.every(([key, value]) => {
    const other = byKey.get(key);
    return other !== undefined && valuesEqual(value, other, options);
  });
}
