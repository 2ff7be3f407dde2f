// "Cannot read properties of undefined (reading 'p')": V8 says which property, and its position points
// into the member access, so the tree tells which expression was empty. The usual causes for a beginner
// are an index past the end of an array (often a loop with `<=` against `.length`) and a function that
// returns nothing.
import type { AnyNode, MemberExpression, Program } from 'acorn';
import { full, simple } from 'acorn-walk';
import type { LocalizedText } from '../../../contracts/localized-text.ts';
import type { SourceLocation } from '../../../contracts/source-location.ts';
import type { Explanation } from './explanation.ts';
import { findFunctionDefinitions } from './function-definitions.ts';
import { quoteCode } from './quote-code.ts';
import { runtimeMessages as say } from './runtime-messages.ts';
import { offsetAt } from './source-position.ts';

export interface EmptyValueError {
  empty: 'undefined' | 'null';
  property: string;
  writing: boolean;
}

/** Reads V8's "Cannot read/set properties of undefined/null (reading/setting 'p')". */
export function readEmptyValueError(message: string): EmptyValueError | undefined {
  const match = /^Cannot (read|set) properties of (undefined|null) \((?:reading|setting) '(.*)'\)$/.exec(
    message,
  );
  if (!match) return undefined;
  return {
    writing: match[1] === 'set',
    empty: match[2] === 'null' ? 'null' : 'undefined',
    property: match[3] ?? '',
  };
}

export function explainEmptyValue(
  error: EmptyValueError,
  ast: Program | undefined,
  source: string,
  location: SourceLocation | undefined,
): Explanation {
  const property = /^\d+$/.test(error.property) ? `[${error.property}]` : `.${error.property}`;
  const base = { id: 'empty-value', location };
  const member = ast && location ? findMemberAt(ast, source, location, error.property) : undefined;
  if (!ast || !member) {
    return {
      ...base,
      tag: 'empty-value',
      text: say.someEmptyValue(error.empty, quoteCode(property), error.writing),
    };
  }
  const object = member.object;
  const objectCode = source.slice(object.start, object.end);
  const intro = say.emptyValue(quoteCode(objectCode), error.empty, quoteCode(property), error.writing);
  const explained = (tag: string, ...more: (LocalizedText | undefined)[]): Explanation => ({
    ...base,
    tag,
    text: say.join(intro, ...more),
  });

  if (object.type === 'MemberExpression' && object.computed) {
    const arrayCode = source.slice(object.object.start, object.object.end);
    const bound = findLessOrEqualLength(ast, source);
    return explained(
      bound ? 'off-by-one' : 'index-out-of-range',
      say.indexPastEnd(arrayCode),
      bound && say.lessOrEqualLength(quoteCode(bound.condition), quoteCode(bound.fixed)),
    );
  }
  if (object.type === 'CallExpression' && object.callee.type === 'Identifier') {
    const name = object.callee.name;
    if (findFunctionDefinitions(ast).some((definition) => definition.name === name)) {
      return explained('missing-return', say.callGaveNothing(quoteCode(objectCode), quoteCode(name)));
    }
  }
  if (object.type === 'Identifier') {
    const owner = findFunctionDefinitions(ast).find(
      (definition) =>
        definition.fn.start <= object.start &&
        object.end <= definition.fn.end &&
        definition.fn.params.some((param) => param.type === 'Identifier' && param.name === object.name),
    );
    if (owner)
      return explained(
        'missing-argument',
        say.parameterMissing(quoteCode(object.name), quoteCode(owner.name)),
      );
  }
  return explained('empty-value');
}

/**
 * The member access V8 complains about: on the error's line, reading `property`, around the reported
 * column (V8 points at the dot, the bracket or the property name depending on the case).
 */
function findMemberAt(
  ast: Program,
  source: string,
  location: SourceLocation,
  property: string,
): MemberExpression | undefined {
  const offset = offsetAt(source, location.line, location.column);
  const candidates: MemberExpression[] = [];
  full(ast, (node: AnyNode) => {
    if (node.type !== 'MemberExpression' || node.loc?.start.line === undefined) return;
    if (node.loc.end.line < location.line || node.loc.start.line > location.line) return;
    if (readsProperty(node, property)) candidates.push(node);
  });
  const around = candidates
    .filter((node) => node.object.end <= offset && offset <= node.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  return around[0] ?? candidates.sort((a, b) => a.start - b.start)[0];
}

function readsProperty(node: MemberExpression, property: string): boolean {
  if (!node.computed) return node.property.type === 'Identifier' && node.property.name === property;
  if (node.property.type === 'Literal') return String(node.property.value) === property;
  // `arr[i]`: the index is only known at run time, and V8 reports it as digits.
  return /^\d+$/.test(property);
}

/** A loop condition such as `i <= arr.length`, the classic off-by-one, with its fix. */
function findLessOrEqualLength(
  ast: Program,
  source: string,
): { condition: string; fixed: string } | undefined {
  let found: { condition: string; fixed: string } | undefined;
  const look = (test: AnyNode | null | undefined) => {
    if (found || test?.type !== 'BinaryExpression' || test.operator !== '<=') return;
    const right = test.right;
    if (right.type !== 'MemberExpression' || right.computed) return;
    if (right.property.type !== 'Identifier' || right.property.name !== 'length') return;
    const left = source.slice(test.left.start, test.left.end);
    const bound = source.slice(right.start, right.end);
    found = { condition: source.slice(test.start, test.end), fixed: `${left} < ${bound}` };
  };
  simple(ast, {
    ForStatement: (node) => look(node.test),
    WhileStatement: (node) => look(node.test),
    DoWhileStatement: (node) => look(node.test),
  });
  return found;
}
