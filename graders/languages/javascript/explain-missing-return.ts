// Why a function gave back `undefined` where a value was expected. The tree tells the causes apart:
// printing instead of returning, no `return` at all, an arrow function with braces, a `return` inside a
// callback (which leaves only the callback) or only inside a loop.
import type { AnyNode, CallExpression, Node, Program, ReturnStatement } from 'acorn';
import { ancestor } from 'acorn-walk';
import type { Explanation } from './explanation.ts';
import { type FunctionNode, findFunctionDefinitions } from './function-definitions.ts';
import { quoteCode } from './quote-code.ts';
import { returnMessages as say } from './return-messages.ts';
import { nodeLocation } from './source-position.ts';

export interface MissingReturnContext {
  source: string;
  ast: Program;
  functionName: string;
  /** What the function printed during the test. */
  output: string;
}

const functionTypes = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const loopTypes = new Set([
  'ForStatement',
  'ForOfStatement',
  'ForInStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

export function describeMissingReturn({
  source,
  ast,
  functionName,
  output,
}: MissingReturnContext): Explanation {
  const definition = findFunctionDefinitions(ast).find((d) => d.name === functionName);
  const base = { id: 'missing-return' };
  if (!definition) return { ...base, tag: 'missing-return', text: say.returnedNothing() };
  const fn = definition.fn;
  const name = quoteCode(functionName);
  const at = (node: Node) => nodeLocation(node);
  const printed = output.trim() !== '';
  const facts = readReturns(fn);

  if (facts.ownValueReturns.length === 0) {
    const log = facts.logs[0];
    // With several console.log calls we cannot tell which one ran, so none is quoted as the culprit.
    if (log && printed && facts.logs.length > 1) {
      return {
        ...base,
        tag: 'print-vs-return',
        text: say.printedInsteadOfReturningSeveral(name),
        location: at(log),
      };
    }
    if (log && printed) {
      const logCode = source.slice(log.start, log.end);
      const argument = log.arguments.length === 1 ? log.arguments[0] : undefined;
      const fix = argument ? `return ${source.slice(argument.start, argument.end)}` : 'return …';
      return {
        ...base,
        tag: 'print-vs-return',
        text: say.printedInsteadOfReturning(name, quoteCode(logCode), quoteCode(fix)),
        location: at(log),
      };
    }
    const nested = facts.nestedValueReturns[0];
    if (nested) {
      const host = nested.host && quoteCode(nested.host);
      return {
        ...base,
        tag: 'return-in-callback',
        text: say.returnInCallback(name, nested.node.loc?.start.line ?? 1, host),
        location: at(nested.node),
      };
    }
    const arrow = arrowWithBraces(fn, source);
    if (arrow) {
      return {
        ...base,
        tag: 'arrow-braces',
        text: say.arrowBraces(arrow.short, arrow.long),
        location: at(fn),
      };
    }
    const bare = facts.ownReturns[0];
    if (bare)
      return {
        ...base,
        tag: 'missing-return',
        text: say.bareReturn(bare.loc?.start.line ?? 1),
        location: at(bare),
      };
    if (printed)
      return {
        ...base,
        tag: 'print-vs-return',
        text: say.printedSomething(name),
        location: at(definition.id),
      };
    return { ...base, tag: 'missing-return', text: say.noReturn(name), location: at(definition.id) };
  }
  const first = facts.ownValueReturns[0]!;
  if (facts.ownValueReturns.every((r) => r.inLoop)) {
    return {
      ...base,
      tag: 'return-in-loop',
      text: say.returnOnlyInLoop(name, first.node.loc?.start.line ?? 1),
      location: at(first.node),
    };
  }
  return {
    ...base,
    tag: 'missing-return',
    text: say.somePathWithoutReturn(name),
    location: at(definition.id),
  };
}

interface ReturnFacts {
  /** `return` statements of the function itself, with or without a value. */
  ownReturns: ReturnStatement[];
  ownValueReturns: { node: ReturnStatement; inLoop: boolean }[];
  /** `return value` inside a function nested in this one, with the method it was passed to. */
  nestedValueReturns: { node: ReturnStatement; host: string | undefined }[];
  logs: CallExpression[];
}

function readReturns(fn: FunctionNode): ReturnFacts {
  const facts: ReturnFacts = { ownReturns: [], ownValueReturns: [], nestedValueReturns: [], logs: [] };
  ancestor(fn.body, {
    ReturnStatement: (node, _state, ancestors) => {
      const between = ancestors.slice(0, -1) as AnyNode[];
      const innerIndex = between.findLastIndex((a) => functionTypes.has(a.type));
      if (innerIndex === -1) {
        facts.ownReturns.push(node);
        if (node.argument)
          facts.ownValueReturns.push({ node, inLoop: between.some((a) => loopTypes.has(a.type)) });
      } else if (node.argument) {
        const call = between[innerIndex - 1];
        const host =
          call?.type === 'CallExpression' && call.callee.type === 'MemberExpression' && !call.callee.computed
            ? call.callee.property.type === 'Identifier'
              ? call.callee.property.name
              : undefined
            : undefined;
        facts.nestedValueReturns.push({ node, host });
      }
    },
    CallExpression: (node) => {
      const callee = node.callee;
      if (
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'console'
      ) {
        facts.logs.push(node);
      }
    },
  });
  facts.logs.sort((a, b) => a.start - b.start);
  return facts;
}

/** `(x) => { x * 2 }`: braces make a body, which needs `return`. Answers both ways to write it right. */
function arrowWithBraces(fn: FunctionNode, source: string): { short: string; long: string } | undefined {
  if (fn.type !== 'ArrowFunctionExpression' || fn.body.type !== 'BlockStatement') return undefined;
  const last = fn.body.body.at(-1);
  if (fn.body.body.length !== 1 || last?.type !== 'ExpressionStatement') return undefined;
  const head = source.slice(fn.start, fn.body.start).trimEnd();
  const expression = source.slice(last.expression.start, last.expression.end);
  return { short: quoteCode(`${head} ${expression}`), long: quoteCode(`${head} { return ${expression}; }`) };
}
