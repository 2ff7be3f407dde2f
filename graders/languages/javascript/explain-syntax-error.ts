// Turns a parser's complaint into a sentence a beginner can act on. The parser says where it stopped; the
// tokens around that place (what came just before, which brackets are still open) usually tell what was
// meant: a missing `)`, a missing comma between two array elements, `=` left without a value…
import type { LocalizedText } from '../../../contracts/localized-text.ts';
import type { SourceLocation } from '../../../contracts/source-location.ts';
import { suggestName } from '../../feedback/did-you-mean.ts';
import { quoteCode } from './quote-code.ts';
import type { SyntaxProblem } from './read-parse-error.ts';
import {
  type CodeToken,
  endsValue,
  expectsValueAfter,
  isCloser,
  openBracketsBefore,
  openers,
  readTokens,
  startsValue,
} from './read-tokens.ts';
import { lineStarts, rangeLocation } from './source-position.ts';
import { syntaxMessages as say } from './syntax-messages.ts';

export interface SyntaxExplanation {
  kind: 'syntax' | 'unsupported';
  message: LocalizedText;
  location: SourceLocation;
}

/**
 * `source` is what the learner typed (quotes come from it); `code` is the same text with any TypeScript
 * types blanked out, which the tokenizer can read. Both share every offset.
 */
export function explainSyntaxError(
  problem: SyntaxProblem,
  source: string,
  code: string = source,
): SyntaxExplanation {
  return new Explainer(problem, source, code).explain();
}

const declarationKeywords = new Set(['let', 'const', 'var', 'function', 'class']);
const conditionKeywords = new Set(['if', 'while', 'for', 'switch']);
const typographicQuotes = new Set(['“', '”', '‘', '’', '«', '»', '„', '‟', '‹', '›', '´']);
/** Words a beginner types at the start of a statement, and so may misspell there. */
const statementKeywords = [
  'function',
  'return',
  'const',
  'let',
  'var',
  'if',
  'else',
  'for',
  'while',
  'do',
  'switch',
  'case',
  'break',
  'continue',
  'class',
  'throw',
  'try',
  'catch',
  'new',
  'typeof',
  'async',
  'await',
];

class Explainer {
  private readonly problem: SyntaxProblem;
  private readonly source: string;
  private readonly code: string;
  private readonly tokens: CodeToken[];
  private readonly lineStartOffsets: number[];
  /** Index of the token the parser stopped at; `tokens.length` at the end of the file. */
  private readonly at: number;

  constructor(problem: SyntaxProblem, source: string, code: string) {
    this.problem = problem;
    this.source = source;
    this.code = code;
    this.tokens = readTokens(code);
    this.lineStartOffsets = lineStarts(code);
    const index = this.tokens.findIndex((token) => token.end > problem.offset);
    this.at = index === -1 ? this.tokens.length : index;
  }

  explain(): SyntaxExplanation {
    const { kind, subject } = this.problem;
    switch (kind) {
      case 'module-syntax':
        return this.moduleSyntax();
      case 'typescript-only':
        return this.typescriptOnly();
      case 'unterminated-string':
        return this.unterminatedString();
      case 'unterminated-template': {
        const start =
          this.code[this.problem.offset - 1] === '`' ? this.problem.offset - 1 : this.problem.offset;
        return this.syntax(say.unterminatedTemplate(), start, start + 1);
      }
      case 'unterminated-comment':
        return this.syntax(say.unterminatedComment(), this.problem.offset, this.problem.offset + 2);
      case 'unterminated-regexp':
        return this.syntax(say.unterminatedRegexp(), this.problem.offset, this.problem.offset + 1);
      case 'unexpected-character':
        return this.unexpectedCharacter(subject ?? this.code.charAt(this.problem.offset));
      case 'reserved-word':
        return this.reservedWord(subject ?? this.current?.text ?? '');
      case 'redeclared':
        return this.redeclared(subject ?? this.current?.text ?? '');
      case 'invalid-assignment':
        return this.invalidAssignment();
      case 'return-outside-function':
        return this.atCurrent(say.returnOutsideFunction());
      case 'break-outside-loop':
        return this.atCurrent(say.breakOutsideLoop('`break`', true));
      case 'continue-outside-loop':
        return this.atCurrent(say.breakOutsideLoop('`continue`', false));
      case 'number-then-name':
        return this.numberThenName();
      case 'unexpected-end':
        return this.unexpectedEnd();
      case 'unexpected-keyword':
      case 'unexpected-token':
        return this.current && this.current.start < this.code.trimEnd().length
          ? this.unexpectedToken(this.current)
          : this.unexpectedEnd();
      default:
        return this.syntax(say.unreadable(quoteCode(this.problem.raw)), this.problem.offset);
    }
  }

  private get current(): CodeToken | undefined {
    return this.tokens[this.at];
  }

  private get previous(): CodeToken | undefined {
    return this.tokens[this.at - 1];
  }

  private syntax(message: LocalizedText, start: number, end = start): SyntaxExplanation {
    return { kind: 'syntax', message, location: rangeLocation(this.source, start, end) };
  }

  private atCurrent(message: LocalizedText): SyntaxExplanation {
    const token = this.current;
    return token ? this.syntax(message, token.start, token.end) : this.syntax(message, this.problem.offset);
  }

  private moduleSyntax(): SyntaxExplanation {
    const keyword = this.current?.text === 'export' ? 'export' : 'import';
    return {
      ...this.atCurrent(say.moduleSyntax(`\`${keyword}\``, keyword === 'export')),
      kind: 'unsupported',
    };
  }

  private typescriptOnly(): SyntaxExplanation {
    const raw = this.problem.raw;
    const message = /enum/.test(raw)
      ? say.typescriptEnum()
      : /namespace|module declaration/.test(raw)
        ? say.typescriptNamespace()
        : /parameter property/.test(raw)
          ? say.typescriptParameterProperty()
          : /angle-bracket/.test(raw)
            ? say.typescriptAngleAssertion()
            : say.typescriptUnsupported();
    return { ...this.atCurrent(message), kind: 'unsupported' };
  }

  private unterminatedString(): SyntaxExplanation {
    const start = this.problem.offset;
    const quoteChar = this.code.charAt(start);
    const end = this.lineEndAt(start);
    const text = this.source.slice(start, end).trimEnd();
    return this.syntax(say.unterminatedString(quoteChar, quoteCode(text)), start, end);
  }

  private unexpectedCharacter(char: string): SyntaxExplanation {
    const start = this.problem.offset;
    const end = start + char.length;
    if (typographicQuotes.has(char)) return this.syntax(say.typographicQuote(quoteCode(char)), start, end);
    const visible = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char);
    const shown = visible
      ? quoteCode(char)
      : `\`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}\``;
    return this.syntax(say.unexpectedCharacter(shown), start, end);
  }

  private reservedWord(word: string): SyntaxExplanation {
    const example = `my${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    const token = this.tokens.find((t) => t.start >= this.problem.offset && t.text === word) ?? this.current;
    const message = say.reservedWord(quoteCode(word), quoteCode(example));
    return token ? this.syntax(message, token.start, token.end) : this.syntax(message, this.problem.offset);
  }

  private redeclared(name: string): SyntaxExplanation {
    const here = this.current;
    const before = this.previous;
    if (before?.type === ',' && this.forHeadAround()) return this.forSeparators();
    const firstIndex = this.tokens.findIndex(
      (token, i) =>
        token.text === name &&
        token.start < this.problem.offset &&
        declarationKeywords.has(this.tokens[i - 1]?.text ?? ''),
    );
    const firstToken = this.tokens[firstIndex];
    const first = firstToken && {
      line: this.lineOf(firstToken.start),
      quote: quoteCode(this.sourceLine(this.lineOf(firstToken.start))),
    };
    const keyword = this.declarationKeywordBefore(this.at);
    const isFunction =
      keyword === 'function' ||
      keyword === 'class' ||
      ['function', 'class'].includes(this.tokens[firstIndex - 1]?.text ?? '');
    const message = isFunction
      ? say.redeclaredFunction(quoteCode(name), first)
      : say.redeclaredVariable(
          quoteCode(name),
          first,
          quoteCode(`${name} = …`),
          keyword ?? 'let',
          this.tokens[firstIndex - 1]?.text === 'const',
        );
    return here ? this.syntax(message, here.start, here.end) : this.syntax(message, this.problem.offset);
  }

  private invalidAssignment(): SyntaxExplanation {
    const start = this.problem.offset;
    const startIndex = this.at;
    let depth = 0;
    for (let i = startIndex; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      if (token.type in openers) depth++;
      else if (isCloser(token)) depth--;
      if (depth < 0 || token.type === ';') break;
      if (depth === 0 && (token.type === '=' || token.type === '_=')) {
        const left = this.source.slice(start, token.start).trim();
        return this.syntax(say.invalidAssignment(quoteCode(left)), start, token.end);
      }
    }
    const end = this.lineEndAt(start);
    const text = this.source.slice(start, end).replace(/;\s*$/, '');
    return this.syntax(say.notAVariable(quoteCode(text)), start, start + text.length);
  }

  private numberThenName(): SyntaxExplanation {
    let start = this.problem.offset;
    while (start > 0 && /[\d.]/.test(this.code.charAt(start - 1))) start--;
    let end = this.problem.offset;
    while (end < this.code.length && /[\w$]/.test(this.code.charAt(end))) end++;
    const text = this.code.slice(start, end);
    const digits = /^[\d.]+/.exec(text)?.[0] ?? '';
    const letters = text.slice(digits.length);
    const tokenBefore = [...this.tokens].reverse().find((token) => token.end <= start);
    const message = declarationKeywords.has(tokenBefore?.text ?? '')
      ? say.nameStartsWithDigit(quoteCode(text), quoteCode(`${letters}${digits}`))
      : say.numberThenLetters(quoteCode(text), quoteCode(`${digits} * ${letters}`));
    return this.syntax(message, start, end);
  }

  private unexpectedEnd(): SyntaxExplanation {
    const stack = openBracketsBefore(this.tokens, Number.POSITIVE_INFINITY);
    const innermost = this.tokens[stack.at(-1) ?? -1];
    if (innermost) {
      let opener = innermost;
      let beforeLine: number | undefined;
      if (innermost.type === '{') {
        const outermostBrace = stack.find((i) => this.tokens[i]?.type === '{') ?? stack.at(-1)!;
        const guess = this.guessUnclosedBrace(outermostBrace);
        if (guess) {
          opener = this.tokens[guess.index]!;
          beforeLine = guess.beforeLine;
        }
      }
      const line = this.lineOf(opener.start);
      const message = say.unclosedBracket(
        opener.text,
        openers[opener.type] ?? '}',
        line,
        quoteCode(this.sourceLine(line)),
        beforeLine,
      );
      return this.syntax(message, opener.start, opener.end);
    }
    const last = this.tokens.at(-1);
    if (last && expectsValueAfter(last)) {
      return this.syntax(
        say.missingValueAfter(quoteCode(last.text), quoteCode(this.snippetUpTo(last))),
        last.start,
        last.end,
      );
    }
    const message = say.unexpectedEnd(last && quoteCode(last.text));
    return last ? this.syntax(message, last.start, last.end) : this.syntax(message, this.problem.offset);
  }

  private unexpectedToken(here: CodeToken): SyntaxExplanation {
    const before = this.previous;
    const stack = openBracketsBefore(this.tokens, here.start);
    const open = this.tokens[stack.at(-1) ?? -1];
    const expected = this.problem.expected ? quoteCode(this.problem.expected) : undefined;
    const fallback = () =>
      this.atCurrent(say.unexpectedToken(quoteCode(here.text), before && quoteCode(before.text), expected));
    if (here.type === 'else') return this.atCurrent(say.elseWithoutIf());
    if (isCloser(here) && !open) return this.atCurrent(say.extraCloser(here.text));
    if (!before) return fallback();

    if (here.isKeyword && declarationKeywords.has(before.text)) return this.reservedWord(here.text);
    const forHead = this.forHeadAround();
    if (forHead && (here.type === ')' || here.type === '{')) {
      const separators = this.forSeparatorsIn(forHead, here.start);
      if (separators.semicolons < 2 && separators.lastComma) return this.forSeparators();
    }
    if (before.type === 'string' && before.end === here.start && this.code.charAt(before.end - 1) === "'") {
      const apostrophe = this.apostropheInText(before, here);
      if (apostrophe) return apostrophe;
    }

    if (isCloser(here)) {
      if (open && openers[open.type] !== here.type) {
        const { line, column } = this.lineAndColumn(open.start);
        return this.atCurrent(
          say.mismatchedCloser(here.text, open.text, openers[open.type] ?? '', line, column),
        );
      }
      if (expectsValueAfter(before)) return this.missingValue(before, here, open);
      return fallback();
    }
    if ((here.type === ';' || here.type === ',') && expectsValueAfter(before)) {
      return this.missingValue(before, here, open);
    }
    if (open && (open.type === '(' || open.type === '[') && (here.type === ';' || here.type === '{')) {
      if (here.type === ';' || !['(', ',', '=>'].includes(before.type)) {
        const { line, column } = this.lineAndColumn(open.start);
        const close = openers[open.type] ?? ')';
        return this.atCurrent(say.missingCloserBefore(open.text, close, quoteCode(here.text), line, column));
      }
    }
    if (conditionKeywords.has(before.text) && here.type !== '(') {
      const braceIndex = this.tokens.findIndex((t, i) => i > this.at && t.type === '{');
      const end =
        braceIndex === -1 ? this.lineEndAt(here.start) : (this.tokens[braceIndex]?.start ?? here.end);
      const condition = this.source.slice(here.start, end).trim();
      return this.atCurrent(
        say.conditionNeedsParentheses(quoteCode(before.text), quoteCode(`${before.text} (${condition})`)),
      );
    }
    if (before.type === 'function' && here.type === '(' && this.startsStatement(this.at - 1)) {
      return this.syntax(say.functionNeedsName(), before.start, here.end);
    }
    const beforeBefore = this.tokens[this.at - 2];
    if (before.type === 'name' && beforeBefore?.type === 'const' && here.type !== '=') {
      return this.atCurrent(say.constNeedsValue(quoteCode(`const ${before.text} = …;`)));
    }
    if (
      expectsValueAfter(before) &&
      !startsValue(here) &&
      !['(', '[', '{', '+/-', '!/~', '++/--'].includes(here.type)
    ) {
      return this.missingValue(before, here, open);
    }
    if (endsValue(before) && (startsValue(here) || here.type === '{')) {
      return this.adjacentValues(before, here, open) ?? fallback();
    }
    return fallback();
  }

  /** Two values side by side: what separates them depends on where they stand. */
  private adjacentValues(before: CodeToken, here: CodeToken, open: CodeToken | undefined) {
    const beforeBefore = this.tokens[this.at - 2];
    if (
      before.type === 'name' &&
      here.type === 'name' &&
      ['let', 'const', 'var'].includes(beforeBefore?.text ?? '')
    ) {
      const joined = `${before.text}${here.text.charAt(0).toUpperCase()}${here.text.slice(1)}`;
      return this.syntax(
        say.nameWithSpace(quoteCode(`${before.text} ${here.text}`), quoteCode(joined)),
        before.start,
        here.end,
      );
    }
    if (before.type === 'name' && this.startsStatement(this.at - 1)) {
      const keyword = suggestName(before.text, statementKeywords);
      if (keyword) {
        const message = keyword.caseOnly
          ? say.keywordCase(quoteCode(before.text), quoteCode(keyword.name))
          : say.misspelledKeyword(quoteCode(before.text), quoteCode(keyword.name));
        return this.syntax(message, before.start, before.end);
      }
    }
    if (here.type === '{') return undefined;
    const after = quoteCode(before.text);
    const next = quoteCode(here.text);
    // When the comma belongs at the end of the previous line, point there rather than at the next one.
    const place = (message: LocalizedText) =>
      this.lineOf(before.end) < this.lineOf(here.start)
        ? this.syntax(message, before.end)
        : this.syntax(message, here.start, here.end);
    if (open?.type === '[') return place(say.missingCommaInArray(after, next));
    if (open?.type === '{' && this.isObjectLiteral(open)) {
      const beforeKey = this.tokens[this.at - 2];
      if (beforeKey === open || beforeKey?.type === ',') {
        return this.syntax(
          say.missingColonInObject(after, next, quoteCode(`${before.text}: ${here.text}`)),
          here.start,
          here.end,
        );
      }
      return place(say.missingCommaInObject(after, next));
    }
    if (open?.type === '(') {
      const openIndex = this.tokens.indexOf(open);
      const head = this.tokens[openIndex - 1];
      if (head && conditionKeywords.has(head.text)) return place(say.missingOperator(after, next));
      const isParameters =
        head?.type === 'function' ||
        (head?.type === 'name' && this.tokens[openIndex - 2]?.type === 'function');
      if (isParameters) return place(say.missingCommaInParameters(after, next));
      if (head && endsValue(head)) return place(say.missingCommaInArguments(after, next));
      return place(say.missingOperator(after, next));
    }
    return place(say.missingSomething(after, next));
  }

  private missingValue(operator: CodeToken, here: CodeToken, open: CodeToken | undefined): SyntaxExplanation {
    let message = say.missingValueAfter(
      quoteCode(operator.text),
      quoteCode(this.snippetUpTo(here, operator)),
    );
    const head = open && this.tokens[this.tokens.indexOf(open) - 1];
    if (operator.type === '=' && open?.type === '(' && head && ['if', 'while'].includes(head.text)) {
      const hint = say.compareWithTripleEquals();
      message = { en: `${message.en} ${hint.en}`, fr: `${message.fr} ${hint.fr}` };
    }
    return this.syntax(message, here.start, here.end);
  }

  private apostropheInText(text: CodeToken, here: CodeToken): SyntaxExplanation | undefined {
    const lineEnd = this.lineEndAt(here.start);
    const closing = this.code.indexOf("'", here.start);
    if (closing === -1 || closing >= lineEnd) return undefined;
    const whole = this.source.slice(text.start, closing + 1);
    const fixed = `"${whole.slice(1, -1)}"`;
    return this.syntax(say.apostropheInText(quoteCode(whole), quoteCode(fixed)), text.end - 1, text.end);
  }

  private forSeparators(): SyntaxExplanation {
    const head = this.forHeadAround();
    const comma = head && this.forSeparatorsIn(head, this.current?.start ?? this.code.length).lastComma;
    return comma
      ? this.syntax(say.forSeparators(), comma.start, comma.end)
      : this.atCurrent(say.forSeparators());
  }

  /** The `(` of a `for` that is still open where the parser stopped. */
  private forHeadAround(): CodeToken | undefined {
    const stack = openBracketsBefore(this.tokens, this.current?.start ?? this.code.length);
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const index = stack[depth]!;
      if (this.tokens[index]?.type === '(' && this.tokens[index - 1]?.type === 'for')
        return this.tokens[index];
    }
    return undefined;
  }

  private forSeparatorsIn(head: CodeToken, until: number) {
    let depth = 0;
    let semicolons = 0;
    let lastComma: CodeToken | undefined;
    for (const token of this.tokens) {
      if (token.start <= head.start) continue;
      if (token.start >= until) break;
      if (token.type in openers) depth++;
      else if (isCloser(token)) depth--;
      else if (depth === 0 && token.type === ';') semicolons++;
      else if (depth === 0 && token.type === ',') lastComma = token;
    }
    return { semicolons, lastComma };
  }

  /**
   * The `{` most likely left open, read from the indentation: a block's `}` usually sits at the
   * indentation of the line that opened it, so a `{` whose next line at that indentation is not a `}` is
   * the suspect. The missing `}` must belong to a `{` at or after the outermost one still open.
   */
  private guessUnclosedBrace(fromIndex: number): { index: number; beforeLine?: number } | undefined {
    const lastLine = this.lineStartOffsets.length;
    for (let i = fromIndex; i < this.tokens.length; i++) {
      const brace = this.tokens[i]!;
      if (brace.type !== '{') continue;
      const next = this.tokens[i + 1];
      const line = this.lineOf(brace.start);
      if (next && this.lineOf(next.start) === line) continue;
      const indent = indentation(this.codeLine(line));
      let closed = false;
      for (let l = line + 1; l <= lastLine; l++) {
        const text = this.codeLine(l);
        if (!text.trim() || /^\s*(\/\/|\/\*|\*)/.test(text)) continue;
        if (indentation(text) > indent) continue;
        if (!/^\s*[}\])]/.test(text)) return { index: i, beforeLine: l };
        closed = true;
        break;
      }
      if (!closed) return { index: i };
    }
    return undefined;
  }

  private isObjectLiteral(brace: CodeToken): boolean {
    const before = this.tokens[this.tokens.indexOf(brace) - 1];
    if (!before) return false;
    return ['=', '_=', '(', ',', ':', '[', '?', '||', '&&', '??', 'return'].includes(before.type);
  }

  /** Whether the token at `index` begins a statement: first of the file, or after `;`, `{`, `}` or a line break. */
  private startsStatement(index: number): boolean {
    const token = this.tokens[index];
    const before = this.tokens[index - 1];
    if (!token) return false;
    if (!before) return true;
    return ['; ', ';', '{', '}'].includes(before.type) || this.lineOf(before.end) < this.lineOf(token.start);
  }

  private declarationKeywordBefore(index: number): string | undefined {
    for (let i = index - 1; i >= 0; i--) {
      const token = this.tokens[i]!;
      if (declarationKeywords.has(token.text)) return token.text;
      if (token.type === ';' || token.type === '{' || token.type === '}') return undefined;
    }
    return undefined;
  }

  /** The learner's statement up to `token`, for quoting: from its line's start or the last `;`, `{`, `}`. */
  private snippetUpTo(token: CodeToken, mustInclude: CodeToken = token): string {
    let from = Math.min(this.lineStartOffsets[this.lineOf(token.start) - 1] ?? 0, mustInclude.start);
    for (const other of this.tokens) {
      if (other.start >= mustInclude.start) break;
      if (other.start >= from && [';', '{', '}'].includes(other.type)) from = other.end;
    }
    return this.source.slice(from, token.end).trim();
  }

  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStartOffsets.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStartOffsets[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** The 1-based line of the code, without its line break. */
  private codeLine(line: number): string {
    return this.lineSlice(this.code, line);
  }

  /** The same line as the learner typed it, types included. */
  private sourceLine(line: number): string {
    return this.lineSlice(this.source, line);
  }

  private lineSlice(text: string, line: number): string {
    const start = this.lineStartOffsets[line - 1];
    if (start === undefined) return '';
    const end = this.lineStartOffsets[line] ?? text.length;
    return text.slice(start, end).replace(/[\r\n\u2028\u2029]+$/, '');
  }

  private lineAndColumn(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - (this.lineStartOffsets[line - 1] ?? 0) + 1 };
  }

  private lineEndAt(offset: number): number {
    const line = this.lineOf(offset);
    return (this.lineStartOffsets[line - 1] ?? 0) + this.codeLine(line).length;
  }
}

function indentation(text: string): number {
  return (/^[ \t]*/.exec(text)?.[0] ?? '').replace(/\t/g, '    ').length;
}
