// The two parsers we use (acorn for JavaScript, amaro/swc for TypeScript) describe the same mistakes in
// different words and at slightly different places. Both are read here into one small vocabulary, so the
// explanations are written once.
import { z } from 'zod';
import { offsetAt } from './source-position.ts';

export type SyntaxProblemKind =
  | 'unexpected-token'
  | 'unexpected-keyword'
  | 'unexpected-end'
  | 'unterminated-string'
  | 'unterminated-template'
  | 'unterminated-comment'
  | 'unterminated-regexp'
  | 'unexpected-character'
  | 'reserved-word'
  | 'redeclared'
  | 'invalid-assignment'
  | 'return-outside-function'
  | 'break-outside-loop'
  | 'continue-outside-loop'
  | 'number-then-name'
  | 'module-syntax'
  | 'typescript-only'
  | 'other';

export interface SyntaxProblem {
  kind: SyntaxProblemKind;
  /** Where the parser stopped, as an offset into the code. */
  offset: number;
  /** The name, keyword or character the parser's message quotes. */
  subject?: string | undefined;
  /** What the parser expected instead, when it says. */
  expected?: string | undefined;
  /** The parser's own words, for the fallback. */
  raw: string;
}

const AcornError = z.object({ message: z.string(), pos: z.number().int().min(0) });

const acornPatterns: [RegExp, SyntaxProblemKind][] = [
  [/^Unexpected token/, 'unexpected-token'],
  [/^Unexpected keyword '(.+?)'/, 'unexpected-keyword'],
  [/^Unterminated string constant/, 'unterminated-string'],
  [/^Unterminated template/, 'unterminated-template'],
  [/^Unterminated comment/, 'unterminated-comment'],
  [/^Unterminated regular expression/, 'unterminated-regexp'],
  [/^Unexpected character '(.+?)'/, 'unexpected-character'],
  [/^The keyword '(.+?)' is reserved/, 'reserved-word'],
  [/^(let) is disallowed as a lexically bound name/, 'reserved-word'],
  [/^Identifier '(.+?)' has already been declared/, 'redeclared'],
  [/^Assigning to rvalue|^Invalid left-hand side/, 'invalid-assignment'],
  [/^'return' outside of function/, 'return-outside-function'],
  [/^Unsyntactic break/, 'break-outside-loop'],
  [/^Unsyntactic continue/, 'continue-outside-loop'],
  [/^Identifier directly after number/, 'number-then-name'],
  [
    /^'import' and 'export' may appear only with|^Cannot use 'import\.meta' outside a module/,
    'module-syntax',
  ],
];

/** Reads what acorn threw; undefined when it is not a parse error (then it is our fault, not the learner's). */
export function readAcornError(error: unknown): SyntaxProblem | undefined {
  const parsed = AcornError.safeParse(error);
  if (!parsed.success) return undefined;
  // acorn appends "(line:column)", which our location already says.
  const raw = parsed.data.message.replace(/\s*\(\d+:\d+\)$/, '');
  for (const [pattern, kind] of acornPatterns) {
    const match = pattern.exec(raw);
    if (match) return { kind, offset: parsed.data.pos, subject: match[1], raw };
  }
  return { kind: 'other', offset: parsed.data.pos, raw };
}

const SwcError = z.object({
  code: z.string(),
  message: z.string(),
  startLine: z.number().int(),
  startColumn: z.number().int(),
});

const swcPatterns: [RegExp, SyntaxProblemKind][] = [
  [/^Expected '(.+?)', got '<eof>'|^Unexpected eof/, 'unexpected-end'],
  [/^Expected '(.+?)', got/, 'unexpected-token'],
  [/^Expression expected|^Expected .* or <eof>|^Unexpected token/, 'unexpected-token'],
  [/^Unterminated string constant/, 'unterminated-string'],
  [/^Unterminated template/, 'unterminated-template'],
  [/^Unterminated block comment/, 'unterminated-comment'],
  [/^Unterminated regexp/, 'unterminated-regexp'],
  [/^Unexpected character '(.+?)'/, 'unexpected-character'],
  [/^Return statement is not allowed here/, 'return-outside-function'],
  [/^the name `(.+?)` is defined multiple times/, 'redeclared'],
];

/**
 * Reads what amaro threw. Its column counts like a terminal does (a tab is 4 wide, a CJK character 2), so
 * it is walked back into an offset along the line. Older amaro versions threw the same report as a string
 * ("  x Expression expected\n   ,-[2:1]…" with a caret under the place).
 */
export function readAmaroError(error: unknown, source: string): SyntaxProblem | undefined {
  const parsed = SwcError.safeParse(error);
  if (parsed.success) {
    const { code, message, startLine, startColumn } = parsed.data;
    const offset = offsetAtDisplayColumn(source, startLine, startColumn);
    if (code === 'UnsupportedSyntax') return { kind: 'typescript-only', offset, raw: message };
    return classifySwc(message, offset);
  }
  if (typeof error === 'string') return readAmaroReport(error, source);
  return undefined;
}

function classifySwc(message: string, offset: number): SyntaxProblem {
  if (/is not supported in (strip-only|type strip) mode/.test(message)) {
    return { kind: 'typescript-only', offset, raw: message };
  }
  for (const [pattern, kind] of swcPatterns) {
    const match = pattern.exec(message);
    if (!match) continue;
    const isExpectation = kind === 'unexpected-token' || kind === 'unexpected-end';
    return isExpectation
      ? { kind, offset, expected: match[1], raw: message }
      : { kind, offset, subject: match[1], raw: message };
  }
  return { kind: 'other', offset, raw: message };
}

function readAmaroReport(report: string, source: string): SyntaxProblem {
  const message = /x\s+(.+)/.exec(report)?.[1]?.trim() ?? report.trim();
  const position = /\[(\d+):(\d+)\]/.exec(report);
  const line = Number(position?.[1] ?? 1);
  let offset = offsetAt(source, line, Number(position?.[2] ?? 1));
  // The caret sits under the faulty line, after a gutter such as " 2 | " (or ":" on the caret line).
  const lines = report.split('\n');
  const caretIndex = lines.findIndex((text) => /^\s*:\s*\^/.test(text));
  const codeLine = lines[caretIndex - 1];
  const caretLine = lines[caretIndex];
  if (codeLine && caretLine) {
    const gutter = codeLine.indexOf('|') + 2;
    const caret = caretLine.indexOf('^');
    const lineNumber = Number(/^\s*(\d+)\s*\|/.exec(codeLine)?.[1] ?? line);
    if (gutter > 1 && caret >= gutter) offset = offsetAtDisplayColumn(source, lineNumber, caret - gutter);
  }
  return classifySwc(message, offset);
}

/** The offset of a 1-based line and a 0-based column counted in display width. */
function offsetAtDisplayColumn(source: string, line: number, displayColumn: number): number {
  const start = offsetAt(source, line, 1);
  let width = 0;
  let offset = start;
  while (offset < source.length && width < displayColumn) {
    const char = source.codePointAt(offset) ?? 0;
    if (char === 10 || char === 13) break;
    width += char === 9 ? 4 : isWide(char) ? 2 : 1;
    offset += char > 0xffff ? 2 : 1;
  }
  return offset;
}

/** East Asian wide characters and emoji, which terminals draw two cells wide. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x1f300
  );
}
