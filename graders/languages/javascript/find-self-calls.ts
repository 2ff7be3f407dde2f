// Recursion as a beginner writes it: a named function whose body calls that same name. Calls through
// another function (mutual recursion) or through `this` are not looked for.
import type { CallExpression, Program } from 'acorn';
import { simple } from 'acorn-walk';
import { type FunctionDefinition, findFunctionDefinitions } from './function-definitions.ts';

export interface SelfCall {
  definition: FunctionDefinition;
  call: CallExpression;
}

/** Every call a named function makes to itself, in source order. */
export function findSelfCalls(ast: Program): SelfCall[] {
  const calls: SelfCall[] = [];
  for (const definition of findFunctionDefinitions(ast)) {
    // A named function expression can call itself by its own name too: `const f = function g() { g(); }`.
    const names = new Set([definition.name, definition.fn.id?.name]);
    simple(definition.fn.body, {
      CallExpression: (call) => {
        if (call.callee.type === 'Identifier' && names.has(call.callee.name))
          calls.push({ definition, call });
      },
    });
  }
  return calls.sort((a, b) => a.call.start - b.call.start);
}
