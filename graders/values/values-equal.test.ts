import { describe, expect, it } from 'vitest';
import type { EncodedValue } from '../../contracts/encoded-value.ts';
import { encodeJson } from './encode-json.ts';
import { parseEncodedJson, SandboxOutputError } from './parse-encoded.ts';
import { renderCall, renderValue } from './render-value.ts';
import { valuesEqual } from './values-equal.ts';

describe('valuesEqual', () => {
  it('compares nested arrays and objects structurally, whatever the key order', () => {
    const a = encodeJson({ name: 'Ada', scores: [1, 2, { x: 3 }] });
    const b: EncodedValue = {
      $: 'object',
      entries: [
        ['scores', encodeJson([1, 2, { x: 3 }])],
        ['name', 'Ada'],
      ],
    };
    expect(valuesEqual(a, b)).toBe(true);
    expect(valuesEqual(a, encodeJson({ name: 'Ada', scores: [1, 2, { x: 4 }] }))).toBe(false);
  });

  it('tells a string from a number, and undefined from null', () => {
    expect(valuesEqual('5', 5)).toBe(false);
    expect(valuesEqual({ $: 'undefined' }, null)).toBe(false);
  });

  it('treats NaN as equal to NaN and 0 as equal to -0', () => {
    expect(valuesEqual({ $: 'number', v: 'NaN' }, encodeJson(Number.NaN))).toBe(true);
    expect(valuesEqual({ $: 'number', v: '-0' }, 0)).toBe(true);
  });

  it('accepts numbers within the tolerance, and only then', () => {
    expect(valuesEqual(0.1 + 0.2, 0.3)).toBe(false);
    expect(valuesEqual(0.1 + 0.2, 0.3, { tolerance: 1e-9 })).toBe(true);
    expect(valuesEqual(encodeJson([1.0001]), encodeJson([1]), { tolerance: 1e-3 })).toBe(true);
  });

  it('ignores order only when asked to', () => {
    expect(valuesEqual(encodeJson([1, 2, 2]), encodeJson([2, 1, 2]))).toBe(false);
    expect(valuesEqual(encodeJson([1, 2, 2]), encodeJson([2, 1, 2]), { unordered: true })).toBe(true);
    expect(valuesEqual(encodeJson([1, 2, 2]), encodeJson([2, 1, 1]), { unordered: true })).toBe(false);
  });

  it('never lets a getter, a truncated value or a function equal anything', () => {
    for (const odd of [{ $: 'getter' }, { $: 'truncated' }, { $: 'function', name: 'f' }] as EncodedValue[]) {
      expect(valuesEqual(odd, odd)).toBe(false);
    }
  });

  it('rejects an object with a duplicated key instead of trusting one of its values', () => {
    const twice: EncodedValue = {
      $: 'object',
      entries: [
        ['a', 1],
        ['a', 2],
      ],
    };
    expect(valuesEqual(twice, encodeJson({ a: 2, b: 1 }))).toBe(false);
  });
});

describe('parseEncodedJson', () => {
  it('drops __proto__ and constructor keys instead of polluting host prototypes', () => {
    const parsed = parseEncodedJson('{"$":"object","entries":[["a",1]],"__proto__":{"polluted":true}}');
    expect(parsed).toEqual({ $: 'object', entries: [['a', 1]] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a learner key named __proto__ as data, since keys travel as pairs', () => {
    expect(parseEncodedJson('{"$":"object","entries":[["__proto__",1]]}')).toEqual({
      $: 'object',
      entries: [['__proto__', 1]],
    });
  });

  it('raises our own typed error on text that is not an encoded value', () => {
    expect(() => parseEncodedJson('not json')).toThrow(SandboxOutputError);
    expect(() => parseEncodedJson('{"$":"array"}')).toThrow(SandboxOutputError);
  });
});

describe('renderValue', () => {
  it('writes values as a beginner would type them', () => {
    expect(renderValue(encodeJson([1, 'a', null, { b: true, 'two words': 2 }]))).toBe(
      '[1, "a", null, { b: true, "two words": 2 }]',
    );
    expect(renderValue({ $: 'undefined' })).toBe('undefined');
    expect(renderCall('sum', [encodeJson([1, 2, 3])])).toBe('sum([1, 2, 3])');
  });

  it('cuts long values with an ellipsis', () => {
    const text = renderValue(encodeJson(Array.from({ length: 1000 }, (_, i) => i)), 50);
    expect(text).toHaveLength(50);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('EncodedValue validation', () => {
  it('accepts every shape and rejects unknown keys, wrong types and missing fields', async () => {
    const { isEncodedValue } = await import('../../contracts/encoded-value.ts');
    const good: unknown[] = [
      null,
      1,
      'a',
      true,
      { $: 'undefined' },
      { $: 'number', v: '-0' },
      { $: 'array', items: [1, { $: 'set', items: [] }] },
      { $: 'object', entries: [['a', { $: 'map', entries: [[1, 2]] }]], ctor: 'Point' },
      { $: 'object', entries: [] },
      { $: 'regexp', source: 'a+', flags: 'g' },
      { $: 'error', name: 'TypeError', message: 'x' },
    ];
    for (const value of good) expect(isEncodedValue(value), JSON.stringify(value)).toBe(true);
    const bad: unknown[] = [
      undefined,
      [1, 2],
      { $: 'number', v: 'NaNa' },
      { $: 'array' },
      { $: 'array', items: [1], extra: 1 },
      { $: 'object', entries: [[1, 2]] },
      { $: 'object', entries: [['a']] },
      { $: 'nope' },
      { $: 'toString' },
      { $: 'regexp', source: 'a' },
    ];
    for (const value of bad) expect(isEncodedValue(value), JSON.stringify(value)).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 500; i++) deep = { $: 'array', items: [deep] };
    expect(isEncodedValue(deep)).toBe(false);
  });
});
