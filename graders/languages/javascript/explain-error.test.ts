import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { FeedbackMessage } from '../../../contracts/grade-result.ts';
import type { RuntimeError } from '../../run/dynamic-job.ts';
import { explainLimit, explainMissingReturn, explainRuntimeError } from './explain-error.ts';
import { prepareSource } from './prepare-source.ts';

/** Runs the program in a fresh V8 context, so the messages are V8's own, as in the sandbox. */
function runtimeErrorOf(source: string): RuntimeError {
  try {
    vm.runInNewContext(source, { console: { log() {} } }, { filename: 'main.js' });
  } catch (thrown) {
    const error = thrown as Error;
    const place = /main\.js:(\d+):(\d+)/.exec(error.stack ?? '');
    return {
      name: error.name,
      message: error.message,
      ...(place ? { location: { line: Number(place[1]), column: Number(place[2]) } } : {}),
    };
  }
  throw new Error(`expected ${JSON.stringify(source)} to throw`);
}

function prepared(source: string) {
  const result = prepareSource(source, 'javascript', { maxBytes: 64 * 1024 });
  if (!result.ok) throw new Error(`expected ${JSON.stringify(source)} to parse`);
  return result;
}

function explain(source: string): FeedbackMessage {
  return explainRuntimeError(runtimeErrorOf(source), {
    source,
    declaredNames: prepared(source).declaredNames,
  });
}

/** Both languages say something, differently, and quote the same code. */
function expectBilingual(message: FeedbackMessage) {
  const quotes = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
  expect(message.text.en.length).toBeGreaterThan(0);
  expect(message.text.fr.length).toBeGreaterThan(0);
  expect(message.text.fr).not.toBe(message.text.en);
  expect(quotes(message.text.fr)).toEqual(quotes(message.text.en));
}

describe('explainRuntimeError', () => {
  const cases: {
    name: string;
    source: string;
    ruleId: string;
    tag: string;
    line: number;
    mentions: string[];
  }[] = [
    {
      name: 'a misspelled variable, suggesting the declared one',
      source: 'let total = 0;\nconsole.log(totl);',
      ruleId: 'builtin:not-defined',
      tag: 'typo',
      line: 2,
      mentions: ['`totl`', 'Did you mean `total`?'],
    },
    {
      name: 'a global written with a capital letter',
      source: 'Console.log("hi");',
      ruleId: 'builtin:not-defined',
      tag: 'case-mistake',
      line: 1,
      mentions: ['`Console`', '`console`', 'case'],
    },
    {
      name: 'Math written in lower case',
      source: 'const m = math.max(1, 2);',
      ruleId: 'builtin:not-defined',
      tag: 'case-mistake',
      line: 1,
      mentions: ['`Math`'],
    },
    {
      name: 'print from another language',
      source: 'print("hi");',
      ruleId: 'builtin:not-defined',
      tag: 'foreign-syntax',
      line: 1,
      mentions: ['`print`', '`console.log(…)`'],
    },
    {
      name: 'an unknown name that was probably meant as text',
      source: 'console.log(hello);',
      ruleId: 'builtin:not-defined',
      tag: 'undefined-name',
      line: 1,
      mentions: ['`hello`', '`"hello"`', '`let hello = …;`'],
    },
    {
      name: 'a variable declared inside a block and used outside it',
      source: 'if (true) {\n  let secret = 1;\n}\nconsole.log(secret);',
      ruleId: 'builtin:not-defined',
      tag: 'scope',
      line: 4,
      mentions: ['`secret`', 'block'],
    },
    {
      name: 'a variable used before the line that creates it',
      source: 'console.log(count);\nlet count = 1;',
      ruleId: 'builtin:before-initialization',
      tag: 'use-before-declaration',
      line: 1,
      mentions: ['`count`', 'line 1', 'line 2'],
    },
    {
      name: 'an arrow function called before it exists',
      source: 'greet();\nconst greet = () => "hi";',
      ruleId: 'builtin:before-initialization',
      tag: 'use-before-declaration',
      line: 1,
      mentions: ['`greet`', '`function greet(…) { … }`'],
    },
    {
      name: 'a number called like a function',
      source: 'let n = 3;\nn(2);',
      ruleId: 'builtin:not-a-function',
      tag: 'not-a-function',
      line: 2,
      mentions: ['`n`', 'not a function'],
    },
    {
      name: 'a misspelled array method, suggesting the real one',
      source: 'const words = ["a"];\nwords.jion("-");',
      ruleId: 'builtin:not-a-function',
      tag: 'typo',
      line: 2,
      mentions: ['`words.jion`', '`words.join(…)`'],
    },
    {
      name: 'a string method in the wrong case',
      source: 'const s = "abc";\ns.toUppercase();',
      ruleId: 'builtin:not-a-function',
      tag: 'case-mistake',
      line: 2,
      mentions: ['`s.toUpperCase(…)`'],
    },
    {
      name: 'length called like a method',
      source: 'const arr = [1, 2];\nconsole.log(arr.length());',
      ruleId: 'builtin:not-a-function',
      tag: 'property-called',
      line: 2,
      mentions: ['`arr.length`', 'without parentheses'],
    },
    {
      name: 'lenght called like a method, suggesting length',
      source: 'const arr = [1, 2];\narr.lenght();',
      ruleId: 'builtin:not-a-function',
      tag: 'typo',
      line: 2,
      mentions: ['`arr.length`', 'without parentheses'],
    },
    {
      name: 'push on a string',
      source: 'const s = "ab";\ns.push("c");',
      ruleId: 'builtin:not-a-function',
      tag: 'wrong-type',
      line: 2,
      mentions: ['`push`', 'array', '`s`'],
    },
    {
      name: 'a method from Python',
      source: 'const xs = [];\nxs.append(1);',
      ruleId: 'builtin:not-a-function',
      tag: 'foreign-syntax',
      line: 2,
      mentions: ['`xs.push(…)`'],
    },
    {
      name: 'a parameter that hides the function of the same name',
      source: 'function total(xs) { return 0; }\nfunction show(total) { return total([1]); }\nshow(3);',
      ruleId: 'builtin:not-a-function',
      tag: 'name-clash',
      line: 2,
      mentions: ['`total`', 'hides'],
    },
    {
      name: 'an index past the end of an array, with the <= of the loop',
      source:
        'const arr = [1, 2];\nfor (let i = 0; i <= arr.length; i++) {\n  console.log(arr[i].toFixed(1));\n}',
      ruleId: 'builtin:empty-value',
      tag: 'off-by-one',
      line: 3,
      mentions: ['`arr[i]`', '`undefined`', '`.toFixed`', '`i <= arr.length`', '`i < arr.length`'],
    },
    {
      name: 'the result of a function that returns nothing',
      source: 'function words(s) {\n  s.split(" ");\n}\nconsole.log(words("a b").length);',
      ruleId: 'builtin:empty-value',
      tag: 'missing-return',
      line: 4,
      mentions: ['`words("a b")`', '`return`'],
    },
    {
      name: 'a property of null',
      source: 'const o = { a: null };\nconsole.log(o.a.b);',
      ruleId: 'builtin:empty-value',
      tag: 'empty-value',
      line: 2,
      mentions: ['`o.a`', '`null`', '`.b`'],
    },
    {
      name: 'a parameter the function was called without',
      source: 'function size(word) {\n  return word.length;\n}\nsize();',
      ruleId: 'builtin:empty-value',
      tag: 'missing-argument',
      line: 2,
      mentions: ['`word`', '`size`'],
    },
    {
      name: 'setting a property on undefined',
      source: 'let box;\nbox.size = 3;',
      ruleId: 'builtin:empty-value',
      tag: 'empty-value',
      line: 2,
      mentions: ['`box`', '`.size`'],
    },
    {
      name: 'a const changed later',
      source: 'const score = 0;\nscore = 10;',
      ruleId: 'builtin:const-assignment',
      tag: 'const-reassignment',
      line: 2,
      mentions: ['`score`', 'line 1', '`let`'],
    },
    {
      name: 'a const loop counter',
      source: 'for (const i = 0; i < 3; i++) {}',
      ruleId: 'builtin:const-assignment',
      tag: 'const-reassignment',
      line: 1,
      mentions: ['`i`', '`for (let i = 0; …)`'],
    },
    {
      name: 'recursion without a base case',
      source: 'function down(n) {\n  return down(n - 1);\n}\ndown(3);',
      ruleId: 'builtin:stack-overflow',
      tag: 'infinite-recursion',
      line: 2,
      mentions: ['`down`', 'no base case'],
    },
    {
      name: 'recursion whose base case is never reached',
      source: 'function count(n) {\n  if (n === 0) return 0;\n  return count(n + 1);\n}\ncount(1);',
      ruleId: 'builtin:stack-overflow',
      tag: 'infinite-recursion',
      line: 3,
      mentions: ['`count`', 'base case', '`n - 1`'],
    },
    {
      name: 'a negative array length',
      source: 'const n = -1;\nconst a = new Array(n);',
      ruleId: 'builtin:invalid-array-length',
      tag: 'invalid-array-length',
      line: 2,
      mentions: ['`const a = new Array(n);`'],
    },
    {
      name: 'text that is not JSON',
      source: 'JSON.parse("{name: 1}");',
      ruleId: 'builtin:invalid-json',
      tag: 'invalid-json',
      line: 1,
      mentions: ['`JSON.parse`', 'double quotes'],
    },
    {
      name: 'a for of over a number',
      source: 'const n = 5;\nfor (const x of n) {}',
      ruleId: 'builtin:not-iterable',
      tag: 'not-iterable',
      line: 2,
      mentions: ['`n`', '`for … of`'],
    },
    {
      name: 'reduce on an empty array',
      source: 'const total = [].reduce((a, b) => a + b);',
      ruleId: 'builtin:reduce-empty-array',
      tag: 'reduce-empty-array',
      line: 1,
      mentions: ['`reduce`'],
    },
    {
      name: 'an error the program threw itself',
      source: 'function check(n) {\n  if (n < 0) throw new Error("negative");\n}\ncheck(-1);',
      ruleId: 'builtin:thrown',
      tag: 'thrown',
      line: 2,
      mentions: ['`negative`', 'line 2'],
    },
    {
      name: 'any other error, by its kind and line',
      source: 'const keys = Object.keys(undefined);',
      ruleId: 'builtin:runtime-error',
      tag: 'runtime-error',
      line: 1,
      mentions: ['`TypeError: Cannot convert undefined or null to object`', 'line 1', 'type'],
    },
  ];

  for (const { name, source, ruleId, tag, line, mentions } of cases) {
    it(`explains ${name}`, () => {
      const message = explain(source);
      expect(message).toMatchObject({ ruleId, tag, location: { line } });
      for (const mention of mentions) expect(message.text.en).toContain(mention);
      expectBilingual(message);
    });
  }

  it('parses TypeScript sources itself when no tree is given', () => {
    const source = 'const total: number = 0;\nconsole.log(totl);';
    const message = explainRuntimeError(runtimeErrorOf('const total = 0;\nconsole.log(totl);'), {
      source,
      declaredNames: ['total'],
    });
    expect(message.text.en).toContain('Did you mean `total`?');
  });

  it('still explains an error that has no location', () => {
    const message = explainRuntimeError(
      { name: 'RangeError', message: 'Maximum call stack size exceeded' },
      { source: 'const x = 1;', declaredNames: ['x'] },
    );
    expect(message).toMatchObject({ ruleId: 'builtin:stack-overflow' });
    expect(message.location).toBeUndefined();
    expectBilingual(message);
  });

  it('says an unknown error kind was thrown by the program, with its line', () => {
    const message = explainRuntimeError(
      { name: 'ValidationError', message: 'bad input', location: { line: 7, column: 3 } },
      { source: '', declaredNames: [] },
    );
    expect(message.text.en).toContain('line 7');
    expect(message.text.fr).toContain('ligne 7');
  });
});

describe('explainMissingReturn', () => {
  const missing = (source: string, functionName: string, output = '') =>
    explainMissingReturn({ source, ast: prepared(source).ast, functionName, output });

  it('tells a function that prints its result to return it instead', () => {
    const message = missing('function sum(a, b) {\n  console.log(a + b);\n}', 'sum', '3\n');
    expect(message).toMatchObject({
      ruleId: 'builtin:missing-return',
      tag: 'print-vs-return',
      location: { line: 2 },
    });
    expect(message.text.en).toContain('`console.log(a + b)`');
    expect(message.text.en).toContain('`return a + b`');
    expectBilingual(message);
  });

  it('quotes no console.log as the culprit when several could have printed', () => {
    const source =
      'function maxOfTwo(a, b) {\n  if (a > b) {\n    console.log(a);\n  } else {\n    console.log(b);\n  }\n}';
    const message = missing(source, 'maxOfTwo', '9\n');
    expect(message).toMatchObject({ tag: 'print-vs-return', location: { line: 3 } });
    expect(message.text.en).not.toContain('`console.log(a)`');
    expect(message.text.en).toContain('`return x`');
    expectBilingual(message);
  });

  it('says a function has no return at all when it printed nothing', () => {
    const message = missing('function sum(a, b) {\n  const s = a + b;\n}', 'sum');
    expect(message).toMatchObject({ tag: 'missing-return', location: { line: 1, column: 10 } });
    expect(message.text.en).toContain('no `return`');
    expectBilingual(message);
  });

  it('explains that a return inside a loop ends the function only when reached', () => {
    const source = 'function find(xs, t) {\n  for (const x of xs) {\n    if (x === t) return x;\n  }\n}';
    const message = missing(source, 'find');
    expect(message).toMatchObject({ tag: 'return-in-loop', location: { line: 3 } });
    expect(message.text.en).toContain('after the loop');
    expectBilingual(message);
  });

  it('explains that a return inside a callback leaves only the callback', () => {
    const source = 'function doubled(xs) {\n  xs.forEach((x) => {\n    return x * 2;\n  });\n}';
    const message = missing(source, 'doubled');
    expect(message).toMatchObject({ tag: 'return-in-callback', location: { line: 3 } });
    expect(message.text.en).toContain('`forEach`');
    expectBilingual(message);
  });

  it('shows both right ways to write an arrow function with braces', () => {
    const message = missing('const double = (x) => { x * 2 };', 'double');
    expect(message.tag).toBe('arrow-braces');
    expect(message.text.en).toContain('`(x) => x * 2`');
    expect(message.text.en).toContain('`(x) => { return x * 2; }`');
    expectBilingual(message);
  });

  it('points at a return with nothing after it', () => {
    const message = missing('function f() {\n  return;\n}', 'f');
    expect(message).toMatchObject({ tag: 'missing-return', location: { line: 2 } });
    expectBilingual(message);
  });

  it('suspects a path without return when some branches return', () => {
    const message = missing('function sign(n) {\n  if (n > 0) return 1;\n  if (n < 0) return -1;\n}', 'sign');
    expect(message.text.en).toContain('`if`');
    expectBilingual(message);
  });

  it('still answers when the function cannot be found', () => {
    const message = missing('const x = 1;', 'sum');
    expect(message.ruleId).toBe('builtin:missing-return');
    expectBilingual(message);
  });
});

describe('explainLimit', () => {
  const limit = (kind: 'timeout' | 'memory' | 'output', source: string) =>
    explainLimit(kind, {
      source,
      ast: prepared(source).ast,
      testName: 'sum of three numbers',
      cpuMs: 1000,
      memoryMb: 64,
      outputBytes: 64 * 1024,
    });

  it('finds the loop whose condition never changes and quotes its head', () => {
    const message = limit('timeout', 'let i = 0;\nconst n = 3;\nwhile (i < n) {\n  console.log(i);\n}');
    expect(message).toMatchObject({
      ruleId: 'builtin:timeout',
      tag: 'infinite-loop',
      location: { line: 3, column: 1 },
    });
    expect(message.text.en).toContain('`while (i < n)`');
    expect(message.text.en).toContain('"sum of three numbers"');
    expect(message.text.en).toContain('1 s');
    expect(message.text.en).toContain('Does `i` or `n` change inside the loop?');
    expect(message.text.fr).toContain('« sum of three numbers »');
    expectBilingual(message);
  });

  it('finds a counter going the wrong way', () => {
    const message = limit('timeout', 'let sum = 0;\nfor (let i = 10; i > 0; i++) {\n  sum += i;\n}');
    expect(message.location).toMatchObject({ line: 2 });
    expect(message.text.en).toContain('`i++`');
    expect(message.text.en).toContain('`i > 0`');
    expectBilingual(message);
  });

  it('finds while (true) without a way out', () => {
    const message = limit('timeout', 'let x = 0;\nwhile (true) {\n  x++;\n}');
    expect(message.text.en).toContain('`while (true)`');
    expect(message.text.en).toContain('`break`');
    expectBilingual(message);
  });

  it('does not accuse a loop that calls a function which may change its variables', () => {
    const message = limit('timeout', 'let i = 0;\nfunction step() { i++; }\nwhile (i < 3) {\n  step();\n}');
    expect(message.tag).toBe('slow');
    expect(message.location).toBeUndefined();
    expectBilingual(message);
  });

  it('does not accuse a while (true) loop that has a break', () => {
    expect(limit('timeout', 'let x = 0;\nwhile (true) {\n  if (x++ > 3) break;\n}').tag).toBe('slow');
  });

  it('puts a memory limit down to recursion without a base case', () => {
    const message = limit('memory', 'function grow(xs) {\n  return grow([...xs, 1]);\n}');
    expect(message).toMatchObject({
      ruleId: 'builtin:memory',
      tag: 'infinite-recursion',
      location: { line: 2 },
    });
    expect(message.text.en).toContain('no base case');
    expectBilingual(message);
  });

  it('puts a memory limit down to a loop that never ends', () => {
    const message = limit('memory', 'const a = [];\nlet i = 0;\nwhile (i < 10) {\n  a.push(i);\n}');
    expect(message).toMatchObject({ tag: 'infinite-loop', location: { line: 3 } });
    expectBilingual(message);
  });

  it('says how much memory was allowed when nothing in the code stands out', () => {
    const message = limit('memory', 'const big = "x".repeat(1e9);');
    expect(message.text.en).toContain('64 MB');
    expect(message.text.fr).toContain('64 Mo');
  });

  it('points at the console.log inside the loop that floods the output', () => {
    const message = limit('output', 'let i = 0;\nwhile (i < 10) {\n  console.log("hi");\n}');
    expect(message).toMatchObject({
      ruleId: 'builtin:output',
      tag: 'output-flood',
      location: { line: 3, column: 3 },
    });
    expect(message.text.en).toContain('64 KB');
    expect(message.text.en).toContain('`console.log("hi")`');
    expect(message.text.fr).toContain('64 Ko');
    expectBilingual(message);
  });

  it('accepts a test name in both languages and an unknown limit', () => {
    const source = 'let x = 0;';
    const message = explainLimit('timeout', {
      source,
      ast: prepared(source).ast,
      testName: { en: 'empty list', fr: 'liste vide' },
    });
    expect(message.text.en).toContain('"empty list"');
    expect(message.text.fr).toContain('« liste vide »');
    expect(message.text.en).toContain('too long');
    expectBilingual(message);
  });
});
