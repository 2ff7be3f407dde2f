// The loop most likely to run forever, read from the tree when a test hit its time, memory or output
// limit. The prime suspect is a loop whose condition reads only variables its body never changes; then
// a counter moving away from its bound (`i > 0` with `i++`); then `while (true)` with no way out.
// Anything the body could change without our seeing it (a call to one of the learner's functions) clears
// the loop of suspicion: a wrong accusation is worse than a general hint.
import type { AnyNode, DoWhileStatement, ForStatement, Node, Program, WhileStatement } from 'acorn';
import { ancestor, full, simple } from 'acorn-walk';
import { patternIdentifiers } from './declared-names.ts';

export type LoopNode = WhileStatement | DoWhileStatement | ForStatement;

export type EndlessLoop =
  | { reason: 'unchanged'; loop: LoopNode; variables: string[] }
  | { reason: 'wrong-direction'; loop: LoopNode; variable: string; update: Node; condition: Node }
  | { reason: 'no-exit'; loop: LoopNode };

export function findEndlessLoop(ast: Program): EndlessLoop | undefined {
  for (const loop of findLoops(ast)) {
    const suspect = suspectLoop(loop);
    if (suspect) return suspect;
  }
  return undefined;
}

/** Every while, do-while and classic for loop, in source order. */
export function findLoops(ast: Program): LoopNode[] {
  const loops: LoopNode[] = [];
  simple(ast, {
    WhileStatement: (node) => void loops.push(node),
    DoWhileStatement: (node) => void loops.push(node),
    ForStatement: (node) => void loops.push(node),
  });
  return loops.sort((a, b) => a.start - b.start);
}

function suspectLoop(loop: LoopNode): EndlessLoop | undefined {
  const test = loop.test;
  if (!test || isAlwaysTrue(test)) return hasExit(loop.body) ? undefined : { reason: 'no-exit', loop };
  const changes = readChanges(loop);
  if (!changes) return undefined;
  const variables = conditionVariables(test);
  if (variables.length > 0 && variables.every((name) => !changes.names.has(name))) {
    return { reason: 'unchanged', loop, variables };
  }
  if (test.type === 'BinaryExpression') {
    const wrong = wrongDirection(test, changes);
    if (wrong) return { reason: 'wrong-direction', loop, ...wrong, condition: test };
  }
  return undefined;
}

function isAlwaysTrue(test: Node): boolean {
  const node = test as AnyNode;
  return node.type === 'Literal' && Boolean(node.value) && node.value !== null;
}

/** The variables a condition reads (`i < arr.length` reads `i` and `arr`). */
function conditionVariables(test: Node): string[] {
  const names: string[] = [];
  const ignored = new Set(['undefined', 'NaN', 'Infinity']);
  full(test, (node) => {
    if (node.type === 'Identifier' && !ignored.has(node.name) && !names.includes(node.name))
      names.push(node.name);
  });
  return names;
}

interface Changes {
  names: Set<string>;
  /** Each counter's steps, +1 or -1, or 0 when a change cannot be read as a step. */
  steps: Map<string, { direction: number; node: Node }[]>;
}

/** What a loop's body (and a for loop's update) changes; undefined when it calls the learner's functions. */
function readChanges(loop: LoopNode): Changes | undefined {
  const changes: Changes = { names: new Set(), steps: new Map() };
  let unknown = false;
  const step = (name: string, direction: number, node: Node) => {
    changes.names.add(name);
    changes.steps.set(name, [...(changes.steps.get(name) ?? []), { direction, node }]);
  };
  const parts: Node[] = [loop.body];
  if (loop.type === 'ForStatement' && loop.update) parts.push(loop.update);
  for (const part of parts) {
    full(part, (node) => {
      if (node.type === 'UpdateExpression') {
        const name = rootName(node.argument);
        if (name) step(name, node.operator === '++' ? 1 : -1, node);
      } else if (node.type === 'AssignmentExpression') {
        if (node.left.type === 'Identifier') step(node.left.name, assignmentStep(node), node);
        else if (node.left.type === 'MemberExpression') {
          const name = rootName(node.left);
          if (name) changes.names.add(name);
        } else for (const id of patternIdentifiers(node.left)) changes.names.add(id.name);
      } else if (node.type === 'CallExpression') {
        // A method call may change its object (`queue.shift()`); a plain call may change anything.
        if (node.callee.type === 'MemberExpression') {
          const name = rootName(node.callee.object);
          if (name) changes.names.add(name);
        } else unknown = true;
      } else if (node.type === 'AwaitExpression' || node.type === 'YieldExpression') unknown = true;
    });
  }
  return unknown ? undefined : changes;
}

/** +1 for `i += 2` or `i = i + 1`, -1 for `i -= 1` or `i = i - 1`, 0 for anything else. */
function assignmentStep(node: Extract<AnyNode, { type: 'AssignmentExpression' }>): number {
  const amount = (value: AnyNode): number | undefined =>
    value.type === 'Literal' && typeof value.value === 'number' ? value.value : undefined;
  const name = node.left.type === 'Identifier' ? node.left.name : undefined;
  if (node.operator === '+=' || node.operator === '-=') {
    const k = amount(node.right);
    if (k === undefined || k === 0) return 0;
    return Math.sign(k) * (node.operator === '+=' ? 1 : -1);
  }
  if (node.operator === '=' && node.right.type === 'BinaryExpression') {
    const { left, right, operator } = node.right;
    if (left.type !== 'Identifier' || left.name !== name) return 0;
    const k = amount(right);
    if (k === undefined || k === 0 || (operator !== '+' && operator !== '-')) return 0;
    return Math.sign(k) * (operator === '+' ? 1 : -1);
  }
  return 0;
}

/** `i < n` with only `i--` in the loop: the counter walks away from its bound. */
function wrongDirection(
  test: Extract<AnyNode, { type: 'BinaryExpression' }>,
  changes: Changes,
): { variable: string; update: Node } | undefined {
  const growing = { '<': true, '<=': true, '>': false, '>=': false } as const;
  const operator = test.operator;
  if (!(operator in growing)) return undefined;
  const mustGrow = growing[operator as keyof typeof growing];
  const sides: [AnyNode, boolean][] = [
    [test.left, mustGrow],
    [test.right, !mustGrow],
  ];
  for (const [side, needsToGrow] of sides) {
    if (side.type !== 'Identifier') continue;
    const steps = changes.steps.get(side.name);
    if (!steps || steps.some((s) => s.direction === 0)) continue;
    const first = steps[0];
    if (first && steps.every((s) => s.direction === (needsToGrow ? -1 : 1))) {
      return { variable: side.name, update: first.node };
    }
  }
  return undefined;
}

/** `arr` for `arr`, `arr.length`, `arr[i].x`. */
function rootName(node: AnyNode | Node): string | undefined {
  const n = node as AnyNode;
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return rootName(n.object);
  return undefined;
}

const loopTypes = new Set([
  'WhileStatement',
  'DoWhileStatement',
  'ForStatement',
  'ForOfStatement',
  'ForInStatement',
]);
const functionTypes = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Whether something in the body can leave the loop: a `break` of this loop, a `return` or a `throw`. */
function hasExit(body: Node): boolean {
  let exits = false;
  const inside = (ancestors: Node[], types: Set<string>) =>
    ancestors.slice(0, -1).some((a) => types.has(a.type));
  ancestor(body, {
    BreakStatement: (node, _state, ancestors) => {
      const nested = inside(ancestors, new Set([...loopTypes, 'SwitchStatement', ...functionTypes]));
      if (!nested || node.label) exits = true;
    },
    ReturnStatement: (_node, _state, ancestors) => {
      if (!inside(ancestors, functionTypes)) exits = true;
    },
    ThrowStatement: (_node, _state, ancestors) => {
      if (!inside(ancestors, functionTypes)) exits = true;
    },
  });
  return exits;
}
