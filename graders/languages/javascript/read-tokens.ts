// The learner's code as a list of tokens, for explaining a syntax error: the parser stopped at one place,
// and the tokens around it (and the brackets still open there) tell what the learner probably meant.
// Reading stops quietly at the first thing the tokenizer cannot read: what came before is still useful.
import { tokenizer } from 'acorn';

export interface CodeToken {
  /** acorn's label: "name", "num", "string", "(", "_=", "+/-", or the keyword itself ("if", "return"…). */
  type: string;
  isKeyword: boolean;
  text: string;
  start: number;
  end: number;
}

export function readTokens(code: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  try {
    for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script' })) {
      tokens.push({
        type: token.type.label,
        isKeyword: token.type.keyword !== undefined,
        text: code.slice(token.start, token.end),
        start: token.start,
        end: token.end,
      });
    }
  } catch {
    // The rest of the file cannot be read as tokens; the parser's own error says why.
  }
  return tokens;
}

export const openers: Record<string, string> = { '(': ')', '[': ']', '{': '}', '${': '}' };
const closers = new Set([')', ']', '}']);

export function isOpener(token: CodeToken): boolean {
  return token.type in openers;
}

export function isCloser(token: CodeToken): boolean {
  return closers.has(token.type);
}

/** The brackets still open just before `offset`, outermost first, as indexes into `tokens`. */
export function openBracketsBefore(tokens: readonly CodeToken[], offset: number): number[] {
  const stack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start >= offset) break;
    if (isOpener(token)) stack.push(i);
    else if (isCloser(token)) {
      // A closer that does not match the innermost opener closes the nearest one it matches, the way a
      // reader would pair them; an unmatched closer is left for the parser's error to describe.
      for (let depth = stack.length - 1; depth >= 0; depth--) {
        const opener = tokens[stack[depth]!]!;
        if (openers[opener.type] === token.type) {
          stack.length = depth;
          break;
        }
      }
    }
  }
  return stack;
}

/** Tokens that end a value: after one of them, another value needs an operator or a comma in between. */
export function endsValue(token: CodeToken): boolean {
  if (['name', 'num', 'string', 'regexp', ')', ']', 'privateId'].includes(token.type)) return true;
  if (token.type === '`') return true;
  return ['true', 'false', 'null', 'this', 'super'].includes(token.type);
}

/** Tokens that can only start a value. */
export function startsValue(token: CodeToken): boolean {
  if (['name', 'num', 'string', 'regexp', '`', 'privateId'].includes(token.type)) return true;
  return ['true', 'false', 'null', 'this', 'function', 'new', 'typeof', 'class'].includes(token.type);
}

/** Operators after which a value must follow. */
export function expectsValueAfter(token: CodeToken): boolean {
  return [
    '=',
    '_=',
    '==/!=/===/!==',
    '</>/<=/>=',
    '+/-',
    '%',
    '*',
    '/',
    '**',
    '||',
    '&&',
    '??',
    '|',
    '^',
    '&',
    '<</>>/>>>',
    '!/~',
    '?',
    ':',
    '=>',
    '...',
    'in',
    'instanceof',
  ].includes(token.type);
}
