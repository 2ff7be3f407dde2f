import { format } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { EncodedValue } from '../contracts/encoded-value.ts';
import { type CallReply, type LoadRequest, type SandboxContext, withSandbox } from './sandbox.ts';
import { encodeJson } from './values/encode-json.ts';

const limits = { memoryMb: 64, keepSpare: false };

function request(source: string, overrides: Partial<LoadRequest> = {}): LoadRequest {
  return {
    source,
    filename: 'main.js',
    functions: ['f'],
    timers: false,
    stdin: [],
    outputLimit: 65536,
    ...overrides,
  };
}

/** Loads `source`, calls f() once, and gives back the reply and what was printed. */
async function callF(
  source: string,
  args: EncodedValue[] = [],
): Promise<{ reply: CallReply | { kind: string }; output: string[] }> {
  return withSandbox(limits, (sandbox) => {
    const output: string[] = [];
    const context = sandbox.openContext((text) => {
      output.push(text);
      return true;
    });
    const loaded = context.load(request(source), 1000);
    if (loaded.kind !== 'loaded') return { reply: loaded, output };
    return { reply: context.call('f', args, 1000), output };
  });
}

async function returned(source: string): Promise<EncodedValue> {
  const { reply } = await callF(source);
  if (reply.kind !== 'value' || !('value' in reply))
    throw new Error(`expected a value, got ${JSON.stringify(reply)}`);
  return reply.value;
}

async function printed(source: string, options: Partial<LoadRequest> = {}): Promise<string[]> {
  return withSandbox(limits, (sandbox) => {
    const output: string[] = [];
    const context = sandbox.openContext((text) => {
      output.push(text);
      return true;
    });
    const loaded = context.load(request(source, { functions: [], ...options }), 1000);
    if (loaded.kind !== 'loaded') throw new Error(`program failed: ${JSON.stringify(loaded)}`);
    if (options.timers) drain(context);
    return output;
  });
}

function drain(context: SandboxContext): void {
  for (let i = 0; i < 100; i++) if (context.runNextTimer(1000).kind !== 'ran') return;
}

describe('the harness encoder', () => {
  it('encodes what JSON cannot say', async () => {
    expect(
      await returned('function f() { return [undefined, NaN, -0, Infinity, -Infinity, 10n, null]; }'),
    ).toEqual({
      $: 'array',
      items: [
        { $: 'undefined' },
        { $: 'number', v: 'NaN' },
        { $: 'number', v: '-0' },
        { $: 'number', v: 'Infinity' },
        { $: 'number', v: '-Infinity' },
        { $: 'bigint', v: '10' },
        null,
      ],
    });
  });

  it('encodes objects as key/value pairs, keeping a key named __proto__ as data', async () => {
    expect(await returned('function f() { return JSON.parse(\'{"a": 1, "__proto__": 2}\'); }')).toEqual({
      $: 'object',
      entries: [
        ['a', 1],
        ['__proto__', 2],
      ],
    });
  });

  it('encodes maps, sets, dates, regular expressions, errors, functions and class instances', async () => {
    const value = await returned(`class Point { constructor() { this.x = 1; } }
function f() {
  return [new Map([[1, 'a']]), new Set([2]), new Date(0), /a+/gi, new TypeError('bad'), function named() {}, new Point(), Object.create(null), Promise.resolve(1), Symbol('s'), new Uint8Array(2)];
}`);
    expect(value).toEqual({
      $: 'array',
      items: [
        { $: 'map', entries: [[1, 'a']] },
        { $: 'set', items: [2] },
        { $: 'date', v: '1970-01-01T00:00:00.000Z' },
        { $: 'regexp', source: 'a+', flags: 'gi' },
        { $: 'error', name: 'TypeError', message: 'bad' },
        { $: 'function', name: 'named' },
        { $: 'object', entries: [['x', 1]], ctor: 'Point' },
        { $: 'object', entries: [], ctor: 'null' },
        { $: 'promise' },
        { $: 'symbol', v: 's' },
        { $: 'other', tag: 'Uint8Array' },
      ],
    });
  });

  it('never runs a getter, marks cycles, and skips non-enumerable and symbol keys', async () => {
    expect(
      await returned(`function f() {
  const o = { get g() { throw new Error('ran'); }, [Symbol('k')]: 1 };
  Object.defineProperty(o, 'hidden', { value: 1 });
  o.self = o;
  return o;
}`),
    ).toEqual({
      $: 'object',
      entries: [
        ['g', { $: 'getter' }],
        ['self', { $: 'cycle' }],
      ],
    });
  });

  it('encodes a value shared twice in full, since only a cycle is a cycle', async () => {
    expect(await returned('function f() { const a = [1]; return [a, a]; }')).toEqual(encodeJson([[1], [1]]));
  });

  it('cuts values that are too deep or too large', async () => {
    const deep = JSON.stringify(
      await returned('function f() { let v = 1; for (let i = 0; i < 1000; i++) v = [v]; return v; }'),
    );
    expect(deep).toContain('"truncated"');
    const wide = await returned('function f() { return Array.from({ length: 200000 }, (_, i) => i); }');
    expect(wide).toMatchObject({ $: 'array' });
    expect(JSON.stringify(wide)).toContain('"truncated"');
    const sparse = await returned('function f() { return [new Array(1e9), { get a() {} }]; }');
    expect(JSON.stringify(sparse)).toContain('"truncated"');
  });

  it('encodes holes in arrays as undefined', async () => {
    expect(await returned('function f() { return [1, , 3]; }')).toEqual({
      $: 'array',
      items: [1, { $: 'undefined' }, 3],
    });
  });
});

describe('calls into the sandbox', () => {
  it('hands each call fresh copies of the arguments', async () => {
    await withSandbox(limits, (sandbox) => {
      const context = sandbox.openContext();
      context.load(request('function f(list) { list.push(4); return list; }'), 1000);
      const args = [encodeJson([1, 2, 3])];
      expect(context.call('f', args, 1000)).toMatchObject({ kind: 'value', value: encodeJson([1, 2, 3, 4]) });
      expect(context.call('f', args, 1000)).toMatchObject({ kind: 'value', value: encodeJson([1, 2, 3, 4]) });
    });
  });

  it('rebuilds arguments JSON cannot carry', async () => {
    const { reply } = await callF(
      'function f(a, b, c) { return [Object.is(a, -0), b === undefined, Number.isNaN(c)]; }',
      [{ $: 'number', v: '-0' }, { $: 'undefined' }, { $: 'number', v: 'NaN' }],
    );
    expect(reply).toMatchObject({ kind: 'value', value: encodeJson([true, true, true]) });
  });

  it('finds functions declared with const, let or class fields alike, and tells missing from not-a-function', async () => {
    await withSandbox(limits, (sandbox) => {
      const context = sandbox.openContext();
      context.load(
        request("const f = (x) => x * 2;\nlet g = 5;\n'use strict';", { functions: ['f', 'g', 'h'] }),
        1000,
      );
      expect(context.call('f', [21], 1000)).toMatchObject({ kind: 'value', value: 42 });
      expect(context.call('g', [], 1000)).toMatchObject({ kind: 'not-a-function' });
      expect(context.call('h', [], 1000)).toMatchObject({ kind: 'missing' });
    });
  });

  it('reports what was thrown with a stack whose frames point at the learner file, line 1 being line 1', async () => {
    const { reply } = await callF('function f() {\n  return null.x;\n}');
    expect(reply).toMatchObject({ kind: 'thrown', error: { name: 'TypeError' } });
    const stack = 'error' in reply ? reply.error.stack : '';
    expect(stack).toContain('at f (main.js:2:15)');
    expect(stack).not.toContain('grader:harness');
  });

  it('reports a thrown primitive, a thrown Proxy and an unhandled rejection as errors', async () => {
    expect((await callF("function f() { throw 'oops'; }")).reply).toMatchObject({
      kind: 'thrown',
      error: { name: 'Uncaught', message: 'oops' },
    });
    expect(
      (await callF('function f() { throw new Proxy({}, { get() { throw 1; } }); }')).reply,
    ).toMatchObject({
      kind: 'thrown',
    });
    expect(
      (await callF("function f() { Promise.reject(new RangeError('later')); return 1; }")).reply,
    ).toMatchObject({
      kind: 'thrown',
      error: { name: 'RangeError', message: 'later' },
    });
  });

  it('times out a loop and then the sandbox is no longer alive', async () => {
    await withSandbox(limits, (sandbox) => {
      const context = sandbox.openContext();
      context.load(request('function f() { for (;;) {} }'), 1000);
      const answer = context.call('f', [], 50);
      expect(answer.kind).toBe('timeout');
      expect(answer.cpuMs).toBeGreaterThanOrEqual(40);
      expect(sandbox.alive).toBe(false);
      expect(() => sandbox.openContext()).toThrow();
    });
  });

  it('reports an isolate killed by its memory limit', async () => {
    await withSandbox({ memoryMb: 16, keepSpare: false }, (sandbox) => {
      const context = sandbox.openContext();
      context.load(request('function f() { const a = []; for (;;) a.push({ n: a.length }); }'), 1000);
      expect(context.call('f', [], 5000).kind).toBe('memory');
      expect(sandbox.alive).toBe(false);
    });
  });

  it('stops calling the host once it refuses more output', async () => {
    await withSandbox(limits, (sandbox) => {
      let calls = 0;
      const context = sandbox.openContext(() => ++calls < 10);
      context.load(request('function f() { for (;;) { try { console.log(1); } catch {} } }'), 1000);
      expect(context.call('f', [], 100).kind).toBe('timeout');
      expect(calls).toBe(10);
    });
  });

  it('keeps the teacher context out of reach of the learner and the learner out of the teacher context', async () => {
    await withSandbox(limits, (sandbox) => {
      const learner = sandbox.openContext();
      learner.load(
        request('globalThis.secret = 1; Array.prototype.map = () => "hacked"; function f() {}'),
        1000,
      );
      const teacher = sandbox.openContext();
      const answer = teacher.callTeacher(
        '(list) => [typeof secret, list.map((x) => x * 2)]',
        [encodeJson([1, 2])],
        1000,
      );
      expect(answer).toMatchObject({ kind: 'value', value: encodeJson(['undefined', [2, 4]]) });
    });
  });
});

describe('the learner realm', () => {
  it('has no WebAssembly, shared memory, process, require or import()', async () => {
    expect(
      await returned(
        'function f() { return [typeof WebAssembly, typeof SharedArrayBuffer, typeof Atomics, typeof process, typeof require, typeof FinalizationRegistry]; }',
      ),
    ).toEqual(encodeJson(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']));
  });

  it('locks console, readline, prompt and Error.prepareStackTrace', async () => {
    const value = await returned(`function f() {
  const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return [x.writable, x.configurable]; };
  return [d(globalThis, 'console'), d(globalThis, 'readline'), d(globalThis, 'prompt'), d(Error, 'prepareStackTrace'), Object.isFrozen(console)];
}`);
    expect(value).toEqual(encodeJson([[false, false], [false, false], [false, false], [false, false], true]));
  });

  it('serves stdin lines to readline and prompt, then null', async () => {
    expect(
      await printed('console.log(readline());\nconsole.log(prompt("name?"));\nconsole.log(readline());', {
        stdin: ['a', 'b'],
      }),
    ).toEqual(['a', 'b', 'null']);
  });

  it('has timers only when the exercise enables them', async () => {
    expect(await printed('console.log(typeof setTimeout, typeof setInterval);')).toEqual([
      'undefined undefined',
    ]);
  });

  it('runs timers in virtual time, with the microtasks each one queues before the next', async () => {
    const program = `setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('p1')); }, 0);
setTimeout(() => console.log('t2'), 0);
setTimeout(() => console.log('t3'), 5);
const id = setInterval(() => console.log('i'), 2);
setTimeout(() => clearInterval(id), 7);
setTimeout((a, b) => console.log(a + b), 1000, 2, 3);
Promise.resolve().then(() => console.log('p0'));
console.log('main');`;
    expect(await printed(program, { timers: true })).toEqual([
      'main',
      'p0',
      't1',
      'p1',
      't2',
      'i',
      'i',
      't3',
      'i',
      '5',
    ]);
  });
});

describe('console output', () => {
  // Each expression is printed in the sandbox and formatted by Node's util.format on the host.
  const samples = [
    "'text', 1, -0, 10n, true, null, undefined",
    '[1, 2, 3]',
    '[]',
    '{}',
    "{ a: 1, 'b c': 'x', d: [1, { e: null }] }",
    '{ a: { b: { c: { d: 1 } } } }',
    'Array.from({ length: 27 }, (_, i) => i + 1)',
    "['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape']",
    "Array.from({ length: 30 }, (_, i) => 'item' + i)",
    'Array.from({ length: 120 }, (_, i) => i)',
    "{ longer: 'x'.repeat(60), other: 'y'.repeat(30) }",
    "[\"it's\", 'say \"hi\"', 'tab\\there', 'new\\nline']",
    'new Map([[1, { a: 1 }], ["k", [2]]]), new Set(["a", 1]), new Map(), new Set()',
    'Object.create(null), Object.assign(Object.create(null), { a: 1 })',
    '[undefined, , 3], [, , ,]',
    'function named() {}, () => 1, class K {}, async function af() {}, function* g() {}',
    'new (class Point { constructor() { this.x = 1; } })()',
    "Symbol('s'), [Symbol()]",
    "new Date(0), /a+/gi, new Number(3), new String('s')",
    "'%s is %d years and %i, %f, %j %O %% %c.', 'Ada', 36.5, 36.5, '1.5', { a: 1 }, { b: 2 }, 'color', 'extra'",
    "'%s', { a: [1, 2] }",
    "'100%', 5",
    '(() => { const o = { name: "loop" }; o.self = o; return o; })()',
    '{ get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} }',
    'new Uint8Array([1, 2, 3])',
    '[[1, 2, [3, 4, [5, [6]]]], { x: [{ y: [{ z: 1 }] }] }]',
    "{ 'a-b': 1, __proto__: { inherited: true }, ['__proto__']: 2 }",
  ];

  it.each(samples)('formats %s like Node', async (expression) => {
    const [line] = await printed(`console.log(${expression});`);
    const values = new Function(`return [${expression}];`)() as unknown[];
    expect(line).toBe(format(...values));
  });

  it('prints a table like Node 24', async () => {
    const lines = await printed("console.table([{ a: 1, b: 'x' }, { a: 2, c: [1, 2, 3, 4] }]);");
    expect(lines[0]?.split('\n')).toEqual([
      '┌─────────┬───┬─────┬──────────────────────────────┐',
      '│ (index) │ a │ b   │ c                            │',
      '├─────────┼───┼─────┼──────────────────────────────┤',
      "│ 0       │ 1 │ 'x' │                              │",
      '│ 1       │ 2 │     │ [ 1, 2, 3, ... 1 more item ] │',
      '└─────────┴───┴─────┴──────────────────────────────┘',
    ]);
  });

  it('indents groups, counts and asserts', async () => {
    expect(
      await printed(
        "console.group('g');\nconsole.log('in');\nconsole.groupEnd();\nconsole.count();\nconsole.count();\nconsole.assert(1 === 2, 'no');",
      ),
    ).toEqual(['g', '  in', 'default: 1', 'default: 2', 'Assertion failed: no']);
  });

  it('prints an error with its stack in the learner file only', async () => {
    const [line] = await printed("const e = new Error('boom');\nconsole.log(e);");
    expect(line).toBe('Error: boom\n    at main.js:1:11');
  });
});
