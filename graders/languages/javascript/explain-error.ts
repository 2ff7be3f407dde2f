// The grader's own explanations of what went wrong while a learner's program ran: an error it stopped on,
// a function that gave back nothing, a limit it hit. Each becomes one feedback message in plain words, in
// both languages, pointing at the learner's line. V8's messages are matched by their exact wording, which
// is stable across Node versions; anything unrecognised still gets a plain sentence naming the kind of
// error and the line.
import type { AnyNode, Program } from 'acorn';
import { full } from 'acorn-walk';
import type { FeedbackMessage } from '../../../contracts/grade-result.ts';
import type { SourceLocation } from '../../../contracts/source-location.ts';
import type { RuntimeError } from '../../run/dynamic-job.ts';
import { explainNotAFunction } from './explain-call-error.ts';
import { explainEmptyValue, readEmptyValueError } from './explain-empty-value.ts';
import { describeLimit, hasBranch, type LimitContext } from './explain-limit.ts';
import { describeMissingReturn, type MissingReturnContext } from './explain-missing-return.ts';
import { explainBeforeInitialization, explainNotDefined } from './explain-name-error.ts';
import { type Explanation, toFeedback } from './explanation.ts';
import { findSelfCalls } from './find-self-calls.ts';
import { quoteCode } from './quote-code.ts';
import { readProgram } from './read-program.ts';
import { runtimeMessages as say } from './runtime-messages.ts';
import { lineText, nodeLocation, offsetAt } from './source-position.ts';

export interface RuntimeErrorContext {
  source: string;
  declaredNames: string[];
  /** The function the test called, when it was a function test. */
  functionName?: string | undefined;
  /** The parsed program, when the caller has it; otherwise the source is parsed again. */
  ast?: Program | undefined;
}

export function explainRuntimeError(error: RuntimeError, context: RuntimeErrorContext): FeedbackMessage {
  const ast = context.ast ?? readProgram(context.source);
  return toFeedback(explainError(error, { ...context, ast }));
}

/** A function gave back `undefined` while the test expected a value. */
export function explainMissingReturn(context: MissingReturnContext): FeedbackMessage {
  return toFeedback(describeMissingReturn(context));
}

/** A test was stopped for running too long, using too much memory or printing too much. */
export function explainLimit(kind: 'timeout' | 'memory' | 'output', context: LimitContext): FeedbackMessage {
  return toFeedback(describeLimit(kind, context));
}

function explainError(error: RuntimeError, context: RuntimeErrorContext): Explanation {
  const { name, message, location } = error;
  const { ast, source } = context;
  const subject = (pattern: RegExp) => pattern.exec(message)?.[1];

  if (name === 'ReferenceError') {
    const unknown = subject(/^(.+) is not defined$/);
    if (unknown) return explainNotDefined(unknown, context.declaredNames, location);
    const early = subject(/^Cannot access '(.+)' before initialization$/);
    if (early) return explainBeforeInitialization(early, ast, source, location);
  }
  if (name === 'TypeError') {
    const callee = subject(/^(.+) is not a function$/);
    if (callee) return explainNotAFunction(callee, ast, context.declaredNames, location);
    const empty = readEmptyValueError(message);
    if (empty) return explainEmptyValue(empty, ast, source, location);
    if (message === 'Assignment to constant variable.') return explainConstAssignment(ast, source, location);
    const notIterable = subject(/^(.+) is not iterable/);
    if (notIterable) {
      return {
        id: 'not-iterable',
        tag: 'not-iterable',
        // V8 names a variable as written, but shows a literal's value: only a variable "holds" something.
        text: say.notIterable(
          quoteCode(notIterable),
          /^[A-Za-z_$][\w$.]*$/.test(notIterable) && notIterable !== 'undefined',
        ),
        location,
      };
    }
    if (message.startsWith('Reduce of empty array with no initial value')) {
      return { id: 'reduce-empty-array', tag: 'reduce-empty-array', text: say.reduceEmptyArray(), location };
    }
  }
  if (name === 'RangeError') {
    if (message === 'Maximum call stack size exceeded') return explainStackOverflow(ast, source, location);
    const line = location ? quoteCode(lineText(source, location.line).trim()) : undefined;
    if (message === 'Invalid array length' && line) {
      return {
        id: 'invalid-array-length',
        tag: 'invalid-array-length',
        text: say.invalidArrayLength(line),
        location,
      };
    }
    if (message.startsWith('Invalid count value') && line) {
      return { id: 'invalid-count', tag: 'invalid-count', text: say.invalidRepeatCount(line), location };
    }
  }
  if (name === 'SyntaxError') {
    if (/JSON/.test(message)) {
      const endedEarly = /end of JSON input/.test(message);
      return { id: 'invalid-json', tag: 'invalid-json', text: say.invalidJson(endedEarly), location };
    }
    if (message.startsWith('Invalid regular expression')) {
      return {
        id: 'invalid-regexp',
        tag: 'invalid-regexp',
        text: say.invalidRegexp(quoteCode(message)),
        location,
      };
    }
  }
  return explainAnyError(error);
}

/** Still says which kind of error, where, and what it means, for everything not recognised above. */
function explainAnyError({ name, message, location }: RuntimeError): Explanation {
  const kind = say.errorKind(name);
  if (!kind) {
    // Not one of JavaScript's own kinds: the learner's code threw it (`throw new Error("…")`).
    return {
      id: 'thrown',
      tag: 'thrown',
      text: say.thrown(quoteCode(message || name), location?.line),
      location,
    };
  }
  const text = say.join(say.stoppedOnError(quoteCode(`${name}: ${message}`), location?.line), kind);
  return { id: 'runtime-error', tag: 'runtime-error', text, location };
}

function explainConstAssignment(
  ast: Program | undefined,
  source: string,
  location: SourceLocation | undefined,
): Explanation {
  const base = { id: 'const-assignment', tag: 'const-reassignment', location };
  if (!ast || !location) return { ...base, text: say.constSomewhere() };
  const constants = new Map<string, { line: number | undefined; loopCounter: boolean }>();
  full(ast, (node: AnyNode) => {
    if (
      node.type === 'ForStatement' &&
      node.init?.type === 'VariableDeclaration' &&
      node.init.kind === 'const'
    ) {
      for (const d of node.init.declarations) {
        if (d.id.type === 'Identifier')
          constants.set(d.id.name, { line: d.id.loc?.start.line, loopCounter: true });
      }
    }
    if (node.type === 'VariableDeclaration' && node.kind === 'const') {
      for (const d of node.declarations) {
        if (d.id.type === 'Identifier' && !constants.has(d.id.name)) {
          constants.set(d.id.name, { line: d.id.loc?.start.line, loopCounter: false });
        }
      }
    }
  });
  const offset = offsetAt(source, location.line, location.column);
  const targets: { name: string; start: number; end: number }[] = [];
  full(ast, (node: AnyNode) => {
    const target =
      node.type === 'AssignmentExpression'
        ? node.left
        : node.type === 'UpdateExpression'
          ? node.argument
          : undefined;
    if (
      target?.type === 'Identifier' &&
      constants.has(target.name) &&
      node.loc?.start.line === location.line
    ) {
      targets.push({ name: target.name, start: node.start, end: node.end });
    }
  });
  const target = targets.find((t) => t.start <= offset && offset <= t.end) ?? targets[0];
  const constant = target && constants.get(target.name);
  if (!target || !constant) return { ...base, text: say.constSomewhere() };
  const text = constant.loopCounter
    ? say.constLoopCounter(quoteCode(target.name))
    : say.constReassigned(quoteCode(target.name), constant.line);
  return { ...base, text };
}

function explainStackOverflow(
  ast: Program | undefined,
  source: string,
  location: SourceLocation | undefined,
): Explanation {
  const base = { id: 'stack-overflow', tag: 'infinite-recursion', location };
  const calls = ast ? findSelfCalls(ast) : [];
  const offset = location ? offsetAt(source, location.line, location.column) : -1;
  const inside = calls.find(({ definition }) => definition.fn.start <= offset && offset <= definition.fn.end);
  const chosen = inside ?? calls[0];
  if (!chosen) return { ...base, text: say.callStackFull() };
  return {
    ...base,
    text: say.endlessRecursion(quoteCode(chosen.definition.name), hasBranch(chosen.definition.fn)),
    // V8 stops wherever the stack ran out; the call that recurses is what the learner must look at.
    location: nodeLocation(chosen.call) ?? location,
  };
}
