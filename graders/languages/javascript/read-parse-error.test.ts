import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { readAcornError, readAmaroError } from './read-parse-error.ts';

function acornErrorOf(code: string): unknown {
  try {
    parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  } catch (error) {
    return error;
  }
  throw new Error('expected a parse error');
}

describe('readAcornError', () => {
  it('reads the kind, the offset and the quoted name', () => {
    expect(readAcornError(acornErrorOf('let x = 1;\nlet x = 2;'))).toEqual({
      kind: 'redeclared',
      offset: 15,
      subject: 'x',
      raw: "Identifier 'x' has already been declared",
    });
  });

  it('reads a reserved word and an unexpected character', () => {
    expect(readAcornError(acornErrorOf('var enum = 1;'))).toMatchObject({
      kind: 'reserved-word',
      subject: 'enum',
    });
    expect(readAcornError(acornErrorOf('a = “b”'))).toMatchObject({
      kind: 'unexpected-character',
      subject: '“',
    });
  });

  it('does not take an error of ours for a parse error', () => {
    expect(readAcornError(new TypeError('boom'))).toBeUndefined();
  });
});

describe('readAmaroError', () => {
  it('turns a display column into an offset, a tab counting four columns', () => {
    const source = 'let a = 1;\n\tlet y = ;';
    const problem = readAmaroError(
      { code: 'InvalidSyntax', message: 'Expression expected', startLine: 2, startColumn: 12, snippet: '' },
      source,
    );
    expect(problem).toMatchObject({ kind: 'unexpected-token', offset: source.indexOf(';', 11) });
  });

  it('reads what amaro expected and what it got', () => {
    const problem = readAmaroError(
      { code: 'InvalidSyntax', message: "Expected ',', got ';'", startLine: 1, startColumn: 16 },
      'console.log("hi";',
    );
    expect(problem).toMatchObject({ kind: 'unexpected-token', expected: ',', offset: 16 });
  });

  it('reads an unsupported construct', () => {
    const problem = readAmaroError(
      {
        code: 'UnsupportedSyntax',
        message: 'TypeScript enum is not supported in strip-only mode',
        startLine: 1,
        startColumn: 0,
      },
      'enum A { B }',
    );
    expect(problem).toMatchObject({ kind: 'typescript-only', offset: 0 });
  });

  it('reads the report older amaro versions threw as a string, placing the caret', () => {
    const report = [
      '  x Expression expected',
      '   ,-[2:1]',
      ' 1 | let x: number = 1;',
      ' 2 | let y = ;',
      '   :         ^',
      '   `----',
    ].join('\n');
    const source = 'let x: number = 1;\nlet y = ;';
    expect(readAmaroError(report, source)).toMatchObject({
      kind: 'unexpected-token',
      offset: source.lastIndexOf(';'),
      raw: 'Expression expected',
    });
  });

  it('does not take an unrelated error for a parse error', () => {
    expect(readAmaroError(new Error('wasm failed'), 'x')).toBeUndefined();
  });
});
