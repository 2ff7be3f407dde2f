// Where the learner defines a named function: `function f() {}`, or a variable bound to a function
// (`const f = function () {}`, `let f = (x) => …`). Static rules, recursion and the "missing return"
// explanation all need to find a function by the name the tests call it by.
import type {
  ArrowFunctionExpression,
  FunctionDeclaration,
  FunctionExpression,
  Identifier,
  Node,
  Program,
} from 'acorn';
import { simple } from 'acorn-walk';

export type FunctionNode = FunctionDeclaration | FunctionExpression | ArrowFunctionExpression;

export interface FunctionDefinition {
  name: string;
  /** The identifier that names it, where a location should point. */
  id: Identifier;
  fn: FunctionNode;
}

/** Every named function definition, in source order. */
export function findFunctionDefinitions(ast: Program): FunctionDefinition[] {
  const found: FunctionDefinition[] = [];
  simple(ast, {
    FunctionDeclaration: (node) => {
      if (node.id) found.push({ name: node.id.name, id: node.id, fn: node });
    },
    VariableDeclarator: (node) => {
      const init = node.init;
      if (node.id.type !== 'Identifier' || !init) return;
      if (init.type === 'FunctionExpression' || init.type === 'ArrowFunctionExpression') {
        found.push({ name: node.id.name, id: node.id, fn: init });
      }
    },
  });
  return found.sort((a, b) => a.id.start - b.id.start);
}

/** Whether `inner` lies within `outer`'s source range. */
export function contains(outer: Node, inner: Node): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
