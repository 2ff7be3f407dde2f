import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import type { Construct, StaticRule } from '../../../contracts/static-rule.ts';
import { checkStaticRule } from './static-rules.ts';

const check = (source: string, rule: StaticRule) =>
  checkStaticRule(parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true }), rule);

describe('uses and avoids a construct', () => {
  const cases: [Construct, string, string][] = [
    ['loop', 'while (i < 3) i++;', 'i++;'],
    ['for', 'for (let i = 0; i < 3; i++) {}', 'for (const x of xs) {}'],
    ['for-of', 'for (const x of xs) {}', 'for (const k in o) {}'],
    ['for-in', 'for (const k in o) {}', 'for (const x of xs) {}'],
    ['while', 'while (x) x--;', 'do x--; while (x);'],
    ['do-while', 'do x--; while (x);', 'while (x) x--;'],
    ['if', 'if (x) y();', 'x ? y() : z();'],
    ['switch', 'switch (x) { case 1: break; }', 'if (x === 1) {}'],
    ['ternary', 'const y = x ? 1 : 2;', 'if (x) {}'],
    ['function', 'const f = (x) => x;', 'const f = 1;'],
    ['arrow-function', 'xs.map((x) => x * 2);', 'xs.map(function (x) { return x * 2; });'],
    ['return', 'function f() { return 1; }', 'function f() {}'],
    ['template-literal', 'const s = `ab`;', 'const s = "a" + b;'],
    ['class', 'class A {}', 'const A = {};'],
    ['var', 'var x = 1;', 'let x = 1;'],
    ['loose-equality', 'if (a != b) {}', 'if (a !== b) {}'],
    ['assignment-in-condition', 'while (x = next()) {}', 'while ((x === next())) {}'],
    ['array-literal', 'const a = [1];', 'const a = new Array(1);'],
    ['object-literal', 'const o = { a: 1 };', 'const o = new Object();'],
    ['spread', 'f(...xs);', 'f(xs);'],
    ['destructuring', 'const [a, b] = xs;', 'const a = xs[0];'],
    ['recursion', 'function f(n) { return n === 0 ? 0 : f(n - 1); }', 'function f(n) { return g(n - 1); }'],
  ];
  for (const [construct, present, absent] of cases) {
    it(`finds ${construct} in code that has it and not in code that lacks it`, () => {
      expect(check(present, { uses: construct }).holds).toBe(true);
      expect(check(present, { avoids: construct }).holds).toBe(false);
      expect(check(absent, { uses: construct }).holds).toBe(false);
      expect(check(absent, { avoids: construct }).holds).toBe(true);
    });
  }

  it('points at the first loop in the source, even when a later one is nested deeper', () => {
    const source = 'let i = 0;\nwhile (i < 3) {\n  for (const x of xs) {}\n  i++;\n}\n';
    expect(check(source, { avoids: 'loop' })).toEqual({
      holds: false,
      location: { line: 2, column: 1, endLine: 5, endColumn: 2 },
    });
  });

  it('counts a for loop inside a nested function as using a loop', () => {
    const source =
      'function outer() {\n  function inner(xs) {\n    for (let i = 0; i < xs.length; i++) {}\n  }\n}';
    expect(check(source, { uses: 'loop' })).toMatchObject({ holds: true, location: { line: 3, column: 5 } });
  });

  it('finds recursion through a const arrow function and points at the call', () => {
    const source = 'const fact = (n) =>\n  n <= 1 ? 1 : n * fact(n - 1);';
    expect(check(source, { uses: 'recursion' })).toMatchObject({
      holds: true,
      location: { line: 2, column: 20 },
    });
  });

  it('finds recursion through the own name of a function expression', () => {
    expect(check('const f = function g(n) { return n && g(n - 1); };', { uses: 'recursion' }).holds).toBe(
      true,
    );
  });

  it('does not take a call to another function with the same shape for recursion', () => {
    expect(check('function even(n) { return n === 0 || odd(n - 1); }', { uses: 'recursion' }).holds).toBe(
      false,
    );
  });

  it('counts an assignment only when it is the whole condition', () => {
    expect(check('if (x = 1) {}', { uses: 'assignment-in-condition' }).holds).toBe(true);
    expect(check('const y = (x = 1) ? 1 : 2;', { uses: 'assignment-in-condition' }).holds).toBe(true);
    expect(check('for (let i = 0; i = 3; i++) {}', { uses: 'assignment-in-condition' }).holds).toBe(true);
    expect(check('do {} while (x = 0);', { uses: 'assignment-in-condition' }).holds).toBe(true);
    expect(check('if (f(x = 1)) {}', { uses: 'assignment-in-condition' }).holds).toBe(false);
    expect(check('x = 1; if (x) {}', { uses: 'assignment-in-condition' }).holds).toBe(false);
  });

  it('does not take strict equality or comments for loose equality', () => {
    expect(check('// a == b\nif (a === b) {}', { avoids: 'loose-equality' }).holds).toBe(true);
  });
});

describe('calls and avoidsCall', () => {
  it('matches a method call and a plain call by the last name', () => {
    expect(check('xs.sort();', { calls: 'sort' }).holds).toBe(true);
    expect(check('sort(xs);', { calls: 'sort' }).holds).toBe(true);
    expect(check('a.b.sort((x, y) => x - y);', { calls: 'sort' }).holds).toBe(true);
  });

  it('does not take a method named sort on an object literal for a call', () => {
    expect(check('const o = { sort() { return 1; } };', { calls: 'sort' }).holds).toBe(false);
    expect(check('const o = { sort: function () {} };', { avoidsCall: 'sort' }).holds).toBe(true);
  });

  it('does not take a mention without parentheses for a call', () => {
    expect(check('const s = xs.sort;', { calls: 'sort' }).holds).toBe(false);
  });

  it('matches a dotted name exactly', () => {
    expect(check('Math.max(1, 2);', { calls: 'Math.max' }).holds).toBe(true);
    expect(check('max(1, 2);', { calls: 'Math.max' }).holds).toBe(false);
    expect(check('x.Math.max(1, 2);', { calls: 'Math.max' }).holds).toBe(false);
    expect(check('Math.min(1, 2);', { calls: 'Math.max' }).holds).toBe(false);
    expect(check('console.log(1);', { calls: 'console.log' }).holds).toBe(true);
  });

  it('matches optional calls and computed string names', () => {
    expect(check('xs?.sort();', { calls: 'sort' }).holds).toBe(true);
    expect(check('Math.max?.(1);', { calls: 'Math.max' }).holds).toBe(true);
    expect(check("xs['sort']();", { calls: 'sort' }).holds).toBe(true);
  });

  it('points at the first forbidden call', () => {
    expect(check('const a = 1;\nxs.sort();\nys.sort();', { avoidsCall: 'sort' })).toEqual({
      holds: false,
      location: { line: 2, column: 1, endLine: 2, endColumn: 10 },
    });
  });

  it('holds for avoidsCall when the function is never called', () => {
    expect(check('xs.reverse();', { avoidsCall: 'sort' })).toEqual({ holds: true });
  });
});

describe('avoidsName', () => {
  it('finds a name used as a variable or called', () => {
    expect(check('eval("1");', { avoidsName: 'eval' })).toMatchObject({
      holds: false,
      location: { line: 1, column: 1 },
    });
  });

  it('finds a name reached as a property, dotted or computed', () => {
    expect(check('globalThis.eval("1");', { avoidsName: 'eval' })).toMatchObject({
      holds: false,
      location: { line: 1, column: 12 },
    });
    expect(check("window['eval']('1');", { avoidsName: 'eval' }).holds).toBe(false);
    expect(check('window[`eval`](1);', { avoidsName: 'eval' }).holds).toBe(false);
  });

  it('finds a name taken out by destructuring', () => {
    expect(check('const { eval: run } = globalThis;', { avoidsName: 'eval' }).holds).toBe(false);
  });

  it('ignores the name inside strings and comments', () => {
    expect(check('// eval is evil\nconsole.log("eval");', { avoidsName: 'eval' })).toEqual({ holds: true });
  });
});

describe('defines', () => {
  it('finds a function declaration, a const arrow and a let function expression', () => {
    expect(check('function sum(a, b) { return a + b; }', { defines: 'sum' }).holds).toBe(true);
    expect(check('const sum = (a, b) => a + b;', { defines: 'sum' }).holds).toBe(true);
    expect(check('let sum = function (a, b) { return a + b; };', { defines: 'sum' }).holds).toBe(true);
  });

  it('does not take a variable holding something else for a function', () => {
    expect(check('const sum = 3;', { defines: 'sum' })).toEqual({ holds: false });
  });

  it('checks the number of declared parameters, a rest parameter counting as one', () => {
    expect(check('function sum(a, b = 0) {}', { defines: 'sum', params: 2 }).holds).toBe(true);
    expect(check('function sum(a, ...rest) {}', { defines: 'sum', params: 2 }).holds).toBe(true);
    expect(check('const sum = () => 0;', { defines: 'sum', params: 0 }).holds).toBe(true);
  });

  it('points at the definition whose parameters do not match', () => {
    expect(check('\nfunction sum(a) {}', { defines: 'sum', params: 2 })).toEqual({
      holds: false,
      location: { line: 2, column: 10, endLine: 2, endColumn: 13 },
    });
  });

  it('is not fooled by a function with another name', () => {
    expect(check('function summ(a, b) {}', { defines: 'sum', params: 2 })).toEqual({ holds: false });
  });
});
