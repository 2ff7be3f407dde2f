// A question about the learner's source, answered on its syntax tree (never by regex on text):
// the same rule serves as a static test ("must use a loop") and as a feedback trigger ("used `==`").
import { z } from 'zod';

export const constructs = [
  'loop',
  'for',
  'for-of',
  'for-in',
  'while',
  'do-while',
  'if',
  'switch',
  'ternary',
  'function',
  'arrow-function',
  'recursion',
  'return',
  'template-literal',
  'class',
  'var',
  'loose-equality',
  'assignment-in-condition',
  'array-literal',
  'object-literal',
  'spread',
  'destructuring',
] as const;
/**
 * `function` is any function, arrows included (so "must write a function" accepts an arrow); `for` is only
 * the classic `for (;;)`; `loop` is any loop; `recursion` is a function calling itself by name;
 * `loose-equality` is `==` or `!=`; `assignment-in-condition` is `=` as the test of an if, loop or ternary.
 */
export const Construct = z.enum(constructs);
export type Construct = z.infer<typeof Construct>;

const calleeName = z
  .string()
  .regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, 'a function or method name such as "sort" or "Math.max"');

export const StaticRule = z.union([
  /** The source contains the construct. */
  z.strictObject({ uses: Construct }),
  /** The source does not contain the construct. */
  z.strictObject({ avoids: Construct }),
  /** The source calls this function or method ("push", "Math.max", "console.log"). */
  z.strictObject({ calls: calleeName }),
  /** The source never calls this function or method. */
  z.strictObject({ avoidsCall: calleeName }),
  /** The source never mentions this name (eval, Function, globalThis…). */
  z.strictObject({ avoidsName: z.string().min(1) }),
  /**
   * The source defines a function with this name (a declaration, or `const`/`let`/`var` bound to a function
   * or an arrow, in any scope), with exactly this many parameters (a rest parameter counts as one).
   */
  z.strictObject({ defines: z.string().min(1), params: z.number().int().min(0).optional() }),
]);
export type StaticRule = z.infer<typeof StaticRule>;
