import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../contracts/grade-result.ts';
import type { LocalizedText } from '../../../contracts/localized-text.ts';
import { prepareSource } from './prepare-source.ts';

const limits = { maxBytes: 64 * 1024 };

function diagnosticOf(source: string, language: 'javascript' | 'typescript' = 'javascript'): Diagnostic {
  const result = prepareSource(source, language, limits);
  if (result.ok) throw new Error(`expected ${JSON.stringify(source)} not to parse`);
  expect(result.diagnostics).toHaveLength(1);
  return result.diagnostics[0]!;
}

function expectBilingual(text: LocalizedText) {
  expect(text.en.length).toBeGreaterThan(0);
  expect(text.fr.length).toBeGreaterThan(0);
  expect(text.fr).not.toBe(text.en);
}

/** Code quoted in the message: the learner must recognise it in both languages. */
function quotesIn(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!).sort();
}

describe('prepareSource on a program that parses', () => {
  it('runs JavaScript as it was written and lists every declared name', () => {
    const source =
      'function sum(xs) {\n  let total = 0;\n  for (const x of xs) total += x;\n  return total;\n}\n';
    const result = prepareSource(source, 'javascript', limits);
    expect(result).toMatchObject({ ok: true, program: source });
    expect(result.ok && result.declaredNames).toEqual(['sum', 'xs', 'total', 'x']);
  });

  it('strips TypeScript types without moving any line or column', () => {
    const source = [
      'type Point = { x: number; y: number };',
      'function norm(p: Point): number {',
      '  const squares: number[] = [p.x ** 2, p.y ** 2];',
      '  return Math.sqrt(squares[0]! + squares[1]!);',
      '}',
    ].join('\n');
    const result = prepareSource(source, 'typescript', limits);
    if (!result.ok) throw new Error('expected the TypeScript program to parse');
    expect(result.program.split('\n').map((line) => line.length)).toEqual(
      source.split('\n').map((line) => line.length),
    );
    expect(result.program.split('\n')[3]?.indexOf('Math.sqrt')).toBe(
      source.split('\n')[3]?.indexOf('Math.sqrt'),
    );
    expect(result.declaredNames).toEqual(['norm', 'p', 'squares']);
  });

  it('keeps the line and column of a runtime error in TypeScript where the learner wrote it', () => {
    const source = [
      'interface Pet {',
      '  name: string;',
      '}',
      'function shout(pet: Pet | undefined): string {',
      '  return pet!.name.toUpperCase();',
      '}',
      'shout(undefined);',
    ].join('\n');
    const result = prepareSource(source, 'typescript', limits);
    if (!result.ok) throw new Error('expected the TypeScript program to parse');
    let stack = '';
    try {
      vm.runInNewContext(result.program, {}, { filename: 'main.ts' });
    } catch (error) {
      stack = String((error as Error).stack);
    }
    expect(stack).toContain(`main.ts:5:${source.split('\n')[4]!.indexOf('.name') + 2}`);
  });
});

describe('prepareSource on code that cannot run', () => {
  it('refuses code over the size limit, saying both sizes', () => {
    const result = prepareSource('x'.repeat(3000), 'javascript', { maxBytes: 2048 });
    expect(result).toMatchObject({ ok: false, diagnostics: [{ kind: 'too-large' }] });
    const diagnostic = !result.ok ? result.diagnostics[0] : undefined;
    expect(diagnostic?.message.en).toContain('2.9 KB');
    expect(diagnostic?.message.fr).toContain('2,9 Ko');
    expect(diagnostic?.location).toBeUndefined();
  });

  it('counts the size in bytes, as stored, not in characters', () => {
    const source = `// ${'é'.repeat(200)}`;
    expect(source.length).toBeLessThan(256);
    expect(prepareSource(source, 'javascript', { maxBytes: 256 }).ok).toBe(false);
  });

  it('explains that import and export are not needed in a one-file exercise', () => {
    const imported = diagnosticOf('import { sum } from "./sum.js";\nconsole.log(sum(1, 2));');
    expect(imported).toMatchObject({ kind: 'unsupported', location: { line: 1, column: 1 } });
    expect(imported.message.en).toContain('`import`');
    const exported = diagnosticOf('const a = 1;\nexport function sum(a, b) { return a + b; }');
    expect(exported).toMatchObject({ kind: 'unsupported', location: { line: 2, column: 1 } });
    expect(exported.message.en).toContain('`export`');
    expectBilingual(exported.message);
  });

  it('refuses a TypeScript enum as unsupported and suggests an object', () => {
    const diagnostic = diagnosticOf('const x = 1;\nenum Color { Red, Green }', 'typescript');
    expect(diagnostic).toMatchObject({ kind: 'unsupported', location: { line: 2, column: 1 } });
    expect(diagnostic.message.en).toContain('`enum`');
    expectBilingual(diagnostic.message);
  });

  it('refuses other TypeScript constructs that are more than types', () => {
    expect(diagnosticOf('namespace Shapes { export const n = 1; }', 'typescript')).toMatchObject({
      kind: 'unsupported',
    });
    expect(diagnosticOf('class A { constructor(private x: number) {} }', 'typescript').message.en).toContain(
      '`private`',
    );
    expect(diagnosticOf('let n = <number>value;', 'typescript').message.en).toContain('`value as Type`');
    expect(diagnosticOf('export const a: number = 1;', 'typescript').kind).toBe('unsupported');
  });
});

describe('syntax errors explained at the right place', () => {
  const cases: {
    name: string;
    source: string;
    language?: 'typescript';
    line: number;
    column: number;
    mentions: string[];
  }[] = [
    {
      name: 'a brace never closed names the brace and its line',
      source: 'function f() {\n  return 1;\n',
      line: 1,
      column: 14,
      mentions: ['`{`', 'line 1', '`function f() {`'],
    },
    {
      name: 'the indentation tells which brace was left open',
      source: 'function f(x) {\n  if (x > 0) {\n    return 1;\n\n  return 0;\n}\n',
      line: 2,
      column: 14,
      mentions: ['`if (x > 0) {`', 'before line 5'],
    },
    {
      name: 'a parenthesis closed by nothing before a semicolon',
      source: 'console.log("hi";',
      line: 1,
      column: 17,
      mentions: ['`)`', '`;`', 'line 1, column 12'],
    },
    {
      name: 'a parenthesis never closed at the end of the file',
      source: 'console.log("hi"',
      line: 1,
      column: 12,
      mentions: ['`(`', '`console.log("hi"`'],
    },
    {
      name: 'a condition left without its closing parenthesis',
      source: 'if (x > 1 {\n}',
      line: 1,
      column: 11,
      mentions: ['`)`', '`{`', 'column 4'],
    },
    {
      name: 'a bracket that does not match the open parenthesis',
      source: 'foo(1, 2];',
      line: 1,
      column: 9,
      mentions: ['`]`', '`(`', '`)`'],
    },
    {
      name: 'a closing parenthesis too many',
      source: 'let x = (1 + 2));',
      line: 1,
      column: 16,
      mentions: ['`)`', 'too many'],
    },
    {
      name: 'a value missing after = in a condition, with the hint about ===',
      source: 'if (x = ) {}',
      line: 1,
      column: 9,
      mentions: ['`=`', '`if (x = )`', '`===`'],
    },
    {
      name: 'a value missing after = in a declaration',
      source: 'let total = 0;\nlet y = ;',
      line: 2,
      column: 9,
      mentions: ['`=`', '`let y = ;`'],
    },
    {
      name: 'a missing comma between array elements',
      source: 'const a = [1 2];',
      line: 1,
      column: 14,
      mentions: ['`,`', '`1`', '`2`', 'array'],
    },
    {
      name: 'a missing comma between object properties, at the end of the earlier line',
      source: 'const o = {\n  a: 1\n  b: 2\n};',
      line: 2,
      column: 7,
      mentions: ['`,`', '`1`', '`b`', 'object'],
    },
    {
      name: 'a missing colon between a key and its value',
      source: 'const o = { a 1 };',
      line: 1,
      column: 15,
      mentions: ['`:`', '`a: 1`'],
    },
    {
      name: 'a missing comma or plus between two arguments',
      source: 'console.log("Hello" name);',
      line: 1,
      column: 21,
      mentions: ['`"Hello"`', '`name`', '`,`', '`+`'],
    },
    {
      name: 'a missing comma between parameters',
      source: 'function f(a b) {}',
      line: 1,
      column: 14,
      mentions: ['`a`', '`b`', 'parameters'],
    },
    {
      name: 'a reserved word used as a variable name',
      source: 'let class = 1;',
      line: 1,
      column: 5,
      mentions: ['`class`', 'reserved'],
    },
    {
      name: 'a reserved word used as a function name',
      source: 'function new() {}',
      line: 1,
      column: 10,
      mentions: ['`new`', 'reserved'],
    },
    {
      name: 'let redeclared names the first declaration',
      source: 'let x = 1;\nlet x = 2;',
      line: 2,
      column: 5,
      mentions: ['`x`', 'line 1', '`let x = 1;`', '`x = …`'],
    },
    {
      name: 'a const redeclared suggests let',
      source: 'const x = 1;\nconst x = 2;',
      line: 2,
      column: 7,
      mentions: ['`let`', '`const`'],
    },
    {
      name: 'an unterminated string quotes it',
      source: 'const s = "abc;\nconsole.log(s);',
      line: 1,
      column: 11,
      mentions: ['`"abc;`', '`"`'],
    },
    {
      name: 'an apostrophe inside single quotes',
      source: "console.log('l'arbre');",
      line: 1,
      column: 15,
      mentions: ["`'l'arbre'`", '`"l\'arbre"`'],
    },
    {
      name: 'a typographic quote copied from a word processor',
      source: 'console.log(“hi”);',
      line: 1,
      column: 13,
      mentions: ['`“`', '`"`'],
    },
    {
      name: 'something else than a variable on the left of =',
      source: 'if (x + 1 = 2) {}',
      line: 1,
      column: 5,
      mentions: ['`x + 1`', '`===`'],
    },
    {
      name: 'a misspelled keyword',
      source: 'function f(x) {\n  retrun x;\n}',
      line: 2,
      column: 3,
      mentions: ['`retrun`', '`return`'],
    },
    {
      name: 'a keyword with a capital letter',
      source: 'Function f() {}',
      line: 1,
      column: 1,
      mentions: ['`Function`', '`function`'],
    },
    {
      name: 'a name with a space in it',
      source: 'let first name = "Ada";',
      line: 1,
      column: 5,
      mentions: ['`first name`', '`firstName`'],
    },
    {
      name: 'a condition without parentheses',
      source: 'if x > 1 {\n}',
      line: 1,
      column: 4,
      mentions: ['`if`', '`if (x > 1)`'],
    },
    {
      name: 'commas instead of semicolons in a for loop',
      source: 'for (let i = 0; i < 3, i++) {}',
      line: 1,
      column: 22,
      mentions: ['`for`', '`;`', '`,`'],
    },
    {
      name: 'a comma instead of the first semicolon of a for loop',
      source: 'for (let i = 0, i < 3; i++) {}',
      line: 1,
      column: 15,
      mentions: ['`for`', '`;`'],
    },
    {
      name: 'an else that follows no if',
      source: 'if (a) { x(); } else else {}',
      line: 1,
      column: 22,
      mentions: ['`else`'],
    },
    {
      name: 'return outside any function',
      source: 'let x = 1;\nreturn x;',
      line: 2,
      column: 1,
      mentions: ['`return`', 'function'],
    },
    {
      name: 'break outside any loop',
      source: 'break;',
      line: 1,
      column: 1,
      mentions: ['`break`', 'loop'],
    },
    {
      name: 'a name starting with a digit',
      source: 'let 2x = 1;',
      line: 1,
      column: 5,
      mentions: ['`2x`', '`x2`'],
    },
    {
      name: 'a const without a value',
      source: 'const limit;',
      line: 1,
      column: 12,
      mentions: ['`const limit = …;`'],
    },
    {
      name: 'a function declaration without a name',
      source: 'function (a) { return a; }',
      line: 1,
      column: 1,
      mentions: ['`function f(…) { … }`'],
    },
    {
      name: 'an unclosed comment',
      source: 'let a = 1; /* note',
      line: 1,
      column: 12,
      mentions: ['`*/`'],
    },
    {
      name: 'TypeScript: a value missing after = keeps the line and column',
      source: 'let x: number = 1;\nlet y: string = ;',
      language: 'typescript',
      line: 2,
      column: 17,
      mentions: ['`=`', '`let y: string = ;`'],
    },
    {
      name: 'TypeScript: a tab before the error does not shift the column',
      source: 'function f(): void {\n\tlet y: number = ;\n}',
      language: 'typescript',
      line: 2,
      column: 18,
      mentions: ['`=`'],
    },
    {
      name: 'TypeScript: an accented name before the error does not shift the column',
      source: 'let é: string = "é"; let y = ;',
      language: 'typescript',
      line: 1,
      column: 30,
      mentions: ['`let y = ;`'],
    },
    {
      name: 'TypeScript: a brace never closed',
      source: 'function f(a: number): number {\n  return a;\n',
      language: 'typescript',
      line: 1,
      column: 31,
      mentions: ['`{`', '`function f(a: number): number {`'],
    },
    {
      name: 'TypeScript: a missing comma between array elements',
      source: 'const a: number[] = [1 2];',
      language: 'typescript',
      line: 1,
      column: 24,
      mentions: ['`1`', '`2`', '`,`'],
    },
    {
      name: 'TypeScript: let redeclared, found after the types are stripped',
      source: 'let x: number = 1;\nlet x: number = 2;',
      language: 'typescript',
      line: 2,
      column: 5,
      mentions: ['`let x: number = 1;`'],
    },
    {
      name: 'TypeScript: an unterminated string',
      source: 'const s: string = "abc;\n',
      language: 'typescript',
      line: 1,
      column: 19,
      mentions: ['`"abc;`'],
    },
  ];

  for (const { name, source, language, line, column, mentions } of cases) {
    it(`explains ${name}`, () => {
      const diagnostic = diagnosticOf(source, language);
      expect(diagnostic.kind).toBe('syntax');
      expect(diagnostic.location).toMatchObject({ line, column });
      for (const mention of mentions) expect(diagnostic.message.en).toContain(mention);
      expectBilingual(diagnostic.message);
      expect(quotesIn(diagnostic.message.fr)).toEqual(quotesIn(diagnostic.message.en));
    });
  }
});
