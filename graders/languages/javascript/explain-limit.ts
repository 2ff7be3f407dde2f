// Why a test hit a limit, in the learner's own code: the loop that never ends, the recursion without a
// base case, or the `console.log` inside a loop that floods the output.
import type { AnyNode, CallExpression, Program } from 'acorn';
import { full } from 'acorn-walk';
import type { LocalizedText } from '../../../contracts/localized-text.ts';
import type { SourceLocation } from '../../../contracts/source-location.ts';
import type { Explanation } from './explanation.ts';
import { type EndlessLoop, findEndlessLoop, findLoops, type LoopNode } from './find-endless-loop.ts';
import { findSelfCalls } from './find-self-calls.ts';
import { formatBytes, formatMegabytes, formatSeconds } from './format-amounts.ts';
import type { FunctionNode } from './function-definitions.ts';
import { limitMessages as say } from './limit-messages.ts';
import { quoteCode } from './quote-code.ts';
import { nodeLocation, rangeLocation } from './source-position.ts';

export interface LimitContext {
  source: string;
  ast: Program;
  /** The test's name as the learner sees it; a plain string is used for both languages. */
  testName: string | LocalizedText;
  /** The CPU time the test was allowed (or used), in ms. */
  cpuMs?: number | undefined;
  /** The heap the test was allowed, in MB. */
  memoryMb?: number | undefined;
  /** The output the test was allowed, in bytes. */
  outputBytes?: number | undefined;
}

export function describeLimit(kind: 'timeout' | 'memory' | 'output', context: LimitContext): Explanation {
  const name =
    typeof context.testName === 'string' ? { en: context.testName, fr: context.testName } : context.testName;
  const test = say.inTest(name);
  const endless = findEndlessLoop(context.ast);
  const recursion = endlessRecursion(context.ast);
  const head = (loop: LoopNode) => quoteCode(loopHead(loop, context.source));
  const headLocation = (loop: LoopNode) => rangeLocation(context.source, loop.start, loopHeadEnd(loop));

  if (kind === 'timeout') {
    const ran = say.ranFor(context.cpuMs === undefined ? undefined : formatSeconds(context.cpuMs));
    const base = { id: 'timeout', tag: 'infinite-loop' };
    if (endless)
      return {
        ...base,
        text: describeLoop(endless, test, ran, context.source),
        location: headLocation(endless.loop),
      };
    if (recursion) {
      return {
        ...base,
        tag: 'infinite-recursion',
        text: say.recursionTooLong(test, quoteCode(recursion.name), ran),
        location: recursion.location,
      };
    }
    return { ...base, tag: 'slow', text: say.tooSlow(test, ran) };
  }

  if (kind === 'memory') {
    const base = { id: 'memory' };
    if (recursion) {
      return {
        ...base,
        tag: 'infinite-recursion',
        text: say.recursionMemory(test, quoteCode(recursion.name), recursion.hasBaseCase),
        location: recursion.location,
      };
    }
    if (endless) {
      const variables = endless.reason === 'unchanged' ? endless.variables.map((v) => quoteCode(v)) : [];
      return {
        ...base,
        tag: 'infinite-loop',
        text: say.loopMemory(test, head(endless.loop), variables),
        location: headLocation(endless.loop),
      };
    }
    const limit = context.memoryMb === undefined ? undefined : formatMegabytes(context.memoryMb);
    return { ...base, tag: 'memory', text: say.tooMuchMemory(test, limit) };
  }

  const size = context.outputBytes === undefined ? undefined : formatBytes(context.outputBytes);
  const base = { id: 'output', tag: 'output-flood' };
  const loops = endless ? [endless.loop, ...findLoops(context.ast)] : findLoops(context.ast);
  for (const loop of loops) {
    const log = firstConsoleCall(loop);
    if (!log) continue;
    const logQuote = quoteCode(context.source.slice(log.start, log.end));
    return {
      ...base,
      text: say.printedInLoop(test, size, logQuote, log.loc?.start.line ?? 1, head(loop)),
      location: nodeLocation(log),
    };
  }
  return { ...base, text: say.printedTooMuch(test, size) };
}

function describeLoop(
  endless: EndlessLoop,
  test: LocalizedText,
  ran: LocalizedText,
  source: string,
): LocalizedText {
  const head = quoteCode(loopHead(endless.loop, source));
  switch (endless.reason) {
    case 'unchanged':
      return say.loopUnchanged(
        test,
        head,
        ran,
        endless.variables.map((v) => quoteCode(v)),
      );
    case 'wrong-direction':
      return say.loopWrongDirection(
        test,
        head,
        ran,
        quoteCode(source.slice(endless.update.start, endless.update.end)),
        quoteCode(endless.variable),
        quoteCode(source.slice(endless.condition.start, endless.condition.end)),
      );
    case 'no-exit':
      return say.loopNoExit(test, head, ran);
  }
}

/** The loop as the learner recognises it: `while (i < n)`, `for (let i = 0; i < n; i++)`, `do … while (x)`. */
function loopHead(loop: LoopNode, source: string): string {
  if (loop.type === 'DoWhileStatement')
    return `do { … } while (${source.slice(loop.test.start, loop.test.end)})`;
  return source.slice(loop.start, loop.body.start).trim();
}

function loopHeadEnd(loop: LoopNode): number {
  return loop.type === 'DoWhileStatement' ? loop.end : loop.body.start;
}

/** A function calling itself, preferring one with no base case at all: the likelier culprit. */
function endlessRecursion(
  ast: Program,
): { name: string; hasBaseCase: boolean; location: SourceLocation | undefined } | undefined {
  const calls = findSelfCalls(ast).map((call) => ({ ...call, hasBaseCase: hasBranch(call.definition.fn) }));
  const chosen = calls.find((call) => !call.hasBaseCase) ?? calls[0];
  if (!chosen) return undefined;
  return {
    name: chosen.definition.name,
    hasBaseCase: chosen.hasBaseCase,
    location: nodeLocation(chosen.call),
  };
}

/** Whether the function can take two ways at all: without a branch there is no base case. */
export function hasBranch(fn: FunctionNode): boolean {
  let branches = false;
  const kinds = new Set(['IfStatement', 'ConditionalExpression', 'LogicalExpression', 'SwitchStatement']);
  full(fn.body, (node: AnyNode) => {
    if (kinds.has(node.type)) branches = true;
  });
  return branches;
}

function firstConsoleCall(loop: LoopNode): CallExpression | undefined {
  let first: CallExpression | undefined;
  full(loop, (node: AnyNode) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return;
    const object = node.callee.object;
    if (object.type === 'Identifier' && object.name === 'console' && (!first || node.start < first.start))
      first = node;
  });
  return first;
}
