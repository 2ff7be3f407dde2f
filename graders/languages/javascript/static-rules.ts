// Answers a teacher's static rule ("uses a loop", "never calls sort", "defines sum with 2 parameters")
// on the learner's syntax tree, never on the text, so comments and strings cannot fool it. A rule
// "holds" when its sentence is true of the code; the location points at the first node that makes it
// true (uses, calls, defines) or false (avoids, avoidsCall, avoidsName).
import type { AnyNode, CallExpression, Expression, Node, Program, Super } from 'acorn';
import { full } from 'acorn-walk';
import type { SourceLocation } from '../../../contracts/source-location.ts';
import type { Construct, StaticRule } from '../../../contracts/static-rule.ts';
import { findSelfCalls } from './find-self-calls.ts';
import { findFunctionDefinitions } from './function-definitions.ts';
import { nodeLocation } from './source-position.ts';

export interface StaticAnswer {
  holds: boolean;
  location?: SourceLocation | undefined;
}

export function checkStaticRule(ast: Program, rule: StaticRule): StaticAnswer {
  if ('uses' in rule) return answer(true, firstConstruct(ast, rule.uses));
  if ('avoids' in rule) return answer(false, firstConstruct(ast, rule.avoids));
  if ('calls' in rule)
    return answer(
      true,
      firstNode(ast, (node) => isCallTo(node, rule.calls)),
    );
  if ('avoidsCall' in rule)
    return answer(
      false,
      firstNode(ast, (node) => isCallTo(node, rule.avoidsCall)),
    );
  if ('avoidsName' in rule) return answer(false, firstMention(ast, rule.avoidsName));
  return checkDefinition(ast, rule.defines, rule.params);
}

/** `wanted`: whether finding a node makes the rule hold (uses) or fail (avoids). */
function answer(wanted: boolean, found: Node | undefined): StaticAnswer {
  const holds = wanted ? found !== undefined : found === undefined;
  return found ? { holds, location: nodeLocation(found) } : { holds };
}

const loopTypes = new Set([
  'ForStatement',
  'ForOfStatement',
  'ForInStatement',
  'WhileStatement',
  'DoWhileStatement',
]);
const functionTypes = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** How each construct shows in the tree; recursion needs more than one node and is handled apart. */
const constructTests: Record<Exclude<Construct, 'recursion'>, (node: AnyNode) => Node | undefined> = {
  loop: (node) => (loopTypes.has(node.type) ? node : undefined),
  for: (node) => (node.type === 'ForStatement' ? node : undefined),
  'for-of': (node) => (node.type === 'ForOfStatement' ? node : undefined),
  'for-in': (node) => (node.type === 'ForInStatement' ? node : undefined),
  while: (node) => (node.type === 'WhileStatement' ? node : undefined),
  'do-while': (node) => (node.type === 'DoWhileStatement' ? node : undefined),
  if: (node) => (node.type === 'IfStatement' ? node : undefined),
  switch: (node) => (node.type === 'SwitchStatement' ? node : undefined),
  ternary: (node) => (node.type === 'ConditionalExpression' ? node : undefined),
  // Any function, however written: a teacher asking for "a function" accepts an arrow too.
  function: (node) => (functionTypes.has(node.type) ? node : undefined),
  'arrow-function': (node) => (node.type === 'ArrowFunctionExpression' ? node : undefined),
  return: (node) => (node.type === 'ReturnStatement' ? node : undefined),
  'template-literal': (node) => (node.type === 'TemplateLiteral' ? node : undefined),
  class: (node) => (node.type === 'ClassDeclaration' || node.type === 'ClassExpression' ? node : undefined),
  var: (node) => (node.type === 'VariableDeclaration' && node.kind === 'var' ? node : undefined),
  'loose-equality': (node) =>
    node.type === 'BinaryExpression' && (node.operator === '==' || node.operator === '!=') ? node : undefined,
  'assignment-in-condition': (node) => {
    const test =
      node.type === 'IfStatement' ||
      node.type === 'WhileStatement' ||
      node.type === 'DoWhileStatement' ||
      node.type === 'ConditionalExpression' ||
      node.type === 'ForStatement'
        ? node.test
        : undefined;
    return test?.type === 'AssignmentExpression' ? test : undefined;
  },
  'array-literal': (node) => (node.type === 'ArrayExpression' ? node : undefined),
  'object-literal': (node) => (node.type === 'ObjectExpression' ? node : undefined),
  spread: (node) => (node.type === 'SpreadElement' ? node : undefined),
  destructuring: (node) => (node.type === 'ObjectPattern' || node.type === 'ArrayPattern' ? node : undefined),
};

function firstConstruct(ast: Program, construct: Construct): Node | undefined {
  if (construct === 'recursion') return findSelfCalls(ast)[0]?.call;
  const test = constructTests[construct];
  return firstNode(ast, test);
}

/** The earliest node in source order for which `pick` answers a node. */
function firstNode(ast: Program, pick: (node: AnyNode) => Node | boolean | undefined): Node | undefined {
  let first: Node | undefined;
  // The walker visits children before parents, so the earliest match is kept rather than the first seen.
  full(ast, (node) => {
    const picked = pick(node);
    const found = picked === true ? node : picked || undefined;
    if (found && (!first || found.start < first.start)) first = found;
  });
  return first;
}

/**
 * `sort` matches `sort(…)` and any `x.sort(…)`; a dotted name matches exactly that chain (`Math.max(…)`,
 * not `x.Math.max(…)`). Optional calls (`x?.sort()`, `f?.()`) count as calls.
 */
function isCallTo(node: AnyNode, name: string): boolean {
  if (node.type !== 'CallExpression') return false;
  const wanted = name.split('.');
  const callee = node.callee;
  if (wanted.length === 1) {
    if (callee.type === 'Identifier') return callee.name === name;
    return callee.type === 'MemberExpression' && memberName(callee) === name;
  }
  const path = calleePath(callee);
  return path !== undefined && path.join('.') === name;
}

/** `Math.max` → ["Math", "max"]; undefined when some part is not a plain name. */
function calleePath(node: CallExpression['callee'] | Expression | Super): string[] | undefined {
  if (node.type === 'Identifier') return [node.name];
  if (node.type === 'ThisExpression') return ['this'];
  if (node.type !== 'MemberExpression') return undefined;
  const property = memberName(node);
  const object = calleePath(node.object);
  return property !== undefined && object ? [...object, property] : undefined;
}

/** The property a member access names: `x.p`, `x['p']` and `` x[`p`] `` all name `p`. */
function memberName(node: Extract<AnyNode, { type: 'MemberExpression' }>): string | undefined {
  return keyName(node.property, node.computed);
}

function keyName(key: AnyNode, computed: boolean): string | undefined {
  if (!computed) return key.type === 'Identifier' ? key.name : undefined;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0)
    return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * Any mention of the name as code: a variable, a property (`globalThis.eval`, `x['eval']`), an object
 * key or a destructured key. Strings elsewhere and comments do not count.
 */
function firstMention(ast: Program, name: string): Node | undefined {
  return firstNode(ast, (node) => {
    switch (node.type) {
      case 'Identifier':
        return node.name === name;
      case 'MemberExpression':
        return memberName(node) === name ? node.property : undefined;
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition':
        return keyName(node.key, node.computed) === name ? node.key : undefined;
      case 'ObjectPattern':
        // The walker skips a pattern's keys, so they are looked at from the pattern itself.
        for (const property of node.properties) {
          if (property.type === 'Property' && keyName(property.key, property.computed) === name)
            return property.key;
        }
        return undefined;
      default:
        return undefined;
    }
  });
}

function checkDefinition(ast: Program, name: string, params: number | undefined): StaticAnswer {
  const definitions = findFunctionDefinitions(ast).filter((definition) => definition.name === name);
  const matching = definitions.find(
    (definition) => params === undefined || definition.fn.params.length === params,
  );
  if (matching) return { holds: true, location: nodeLocation(matching.id) };
  const wrong = definitions[0];
  return wrong ? { holds: false, location: nodeLocation(wrong.id) } : { holds: false };
}
