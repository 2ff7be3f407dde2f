// Submissions written to break the grader rather than solve the exercise. Function-kind entries must
// define `solve(a, b)`, called on [2, 3] with 5 expected; program-kind entries must print `5` with no
// stdin. Each attacks instead, and `expect` lists the statuses its test may get: none of them may pass,
// hang the grader or crash its process. `killsProcess` entries defeat isolated-vm itself (a V8 fatal
// error, a hang inside isolated-vm outside any timeout, host memory growth): only the parent's watchdog
// (SIGKILL) stops them, so they are run through the process pool only, never in the test process.
import type { TestStatus } from '../../contracts/exercise-spec.ts';

export interface HostileProgram {
  name: string;
  source: string;
  kind: 'function' | 'program';
  expect: TestStatus | TestStatus[];
  killsProcess?: boolean;
  /** Run with the exercise's `timers` option on. */
  timers?: boolean;
}

const wrong = 'function solve(a, b) {\n  return a - b;\n}\n';

export const hostileCorpus: HostileProgram[] = [
  // ---- infinite loops ----
  {
    name: 'plain infinite loop',
    kind: 'function',
    expect: 'timeout',
    source: 'function solve(a, b) {\n  for (;;) {}\n}',
  },
  {
    name: 'infinite loop at top level',
    kind: 'program',
    expect: 'timeout',
    source: 'while (true) {}\nconsole.log(5);',
  },
  {
    name: 'infinite loop in a promise callback after returning the right value',
    kind: 'function',
    expect: 'timeout',
    source: 'function solve(a, b) {\n  Promise.resolve().then(() => { for (;;) {} });\n  return a + b;\n}',
  },
  {
    name: 'endless microtask chain',
    kind: 'function',
    expect: ['timeout', 'memory'],
    source:
      'function solve(a, b) {\n  const again = () => Promise.resolve().then(again);\n  again();\n  return a + b;\n}',
  },
  {
    name: 'endless microtask chain at top level of a program',
    kind: 'program',
    expect: ['timeout', 'memory'],
    source:
      'const again = () => queueMicrotaskLike().then(again);\nfunction queueMicrotaskLike() { return Promise.resolve(); }\nagain();\nconsole.log(5);',
  },
  {
    name: 'getter that loops, for the harness to call',
    kind: 'function',
    expect: 'failed',
    source: 'function solve(a, b) {\n  return { get value() { for (;;) {} } };\n}',
  },
  {
    name: 'toJSON that loops',
    kind: 'function',
    expect: 'failed',
    source: 'function solve(a, b) {\n  return { toJSON() { for (;;) {} } };\n}',
  },
  {
    name: 'Proxy whose ownKeys trap loops',
    kind: 'function',
    expect: 'timeout',
    source: 'function solve(a, b) {\n  return new Proxy({}, { ownKeys() { for (;;) {} } });\n}',
  },
  {
    name: 'thrown object whose message getter loops',
    kind: 'function',
    expect: 'error',
    source:
      'function solve(a, b) {\n  throw { get message() { for (;;) {} }, get name() { for (;;) {} } };\n}',
  },
  {
    name: 'thrown Proxy whose traps loop',
    kind: 'function',
    expect: ['error', 'timeout'],
    source:
      'function solve(a, b) {\n  throw new Proxy({}, { get() { for (;;) {} }, getPrototypeOf() { for (;;) {} }, ownKeys() { for (;;) {} } });\n}',
  },
  {
    name: 'setInterval that is never cleared',
    kind: 'program',
    timers: true,
    // `error` (setInterval is not defined) when graded by an exercise without timers.
    expect: ['timeout', 'error'],
    source: 'setInterval(() => {}, 10);\nconsole.log(4);',
  },
  {
    name: 'timer that schedules itself forever',
    kind: 'function',
    timers: true,
    expect: ['timeout', 'error'],
    source:
      'function solve(a, b) {\n  const again = () => setTimeout(again, 0);\n  again();\n  return a + b;\n}',
  },

  // ---- memory ----
  {
    name: 'array of objects growing forever',
    kind: 'function',
    // Reaching the memory limit takes ~0.3 s of CPU: with a short test limit the clock stops it first.
    expect: ['memory', 'timeout'],
    source: 'function solve(a, b) {\n  const all = [];\n  for (;;) all.push({ a, b, n: all.length });\n}',
  },
  {
    name: 'string doubling',
    kind: 'function',
    expect: ['error', 'memory'],
    source: "function solve(a, b) {\n  let s = 'x';\n  for (;;) s += s;\n}",
  },
  {
    name: 'many strings kept alive',
    kind: 'program',
    expect: ['memory', 'timeout'],
    source: "const keep = [];\nfor (let i = 0; ; i++) keep.push('x'.repeat(1000) + i);",
  },
  {
    name: 'ArrayBuffers growing forever',
    kind: 'function',
    expect: 'memory',
    source:
      'function solve(a, b) {\n  const all = [];\n  for (;;) all.push(new ArrayBuffer(1024 * 1024));\n}',
  },
  {
    name: 'ArrayBuffers growing, allocation failures caught',
    kind: 'function',
    expect: ['memory', 'timeout'],
    source:
      'function solve(a, b) {\n  const all = [];\n  for (;;) { try { all.push(new Uint8Array(8 * 1024 * 1024)); } catch {} }\n}',
  },
  {
    name: 'one huge ArrayBuffer',
    kind: 'function',
    expect: ['memory', 'error'],
    source: 'function solve(a, b) {\n  return new ArrayBuffer(2 ** 31).byteLength;\n}',
  },
  {
    name: 'WebAssembly memory, which the memory limit would not count',
    kind: 'function',
    expect: 'error',
    source:
      'function solve(a, b) {\n  const m = new WebAssembly.Memory({ initial: 1, maximum: 65536 });\n  m.grow(60000);\n  return a + b;\n}',
  },
  {
    // Found in trials: the Map's hash table outgrows the heap in one allocation, a V8 fatal error.
    name: 'Map growing forever',
    kind: 'program',
    // A worker killed by the parent's watchdog is reported as a timeout.
    expect: ['memory', 'timeout', 'error'],
    killsProcess: true,
    source: 'const m = new Map();\nfor (let i = 0; ; i++) m.set(i, [i]);',
  },

  // ---- output floods ----
  {
    name: 'console flood',
    kind: 'function',
    expect: 'output',
    source: "function solve(a, b) {\n  for (;;) console.log('spam');\n}",
  },
  {
    name: 'console flood that swallows the limit error',
    kind: 'function',
    expect: 'output',
    source: "function solve(a, b) {\n  for (;;) { try { console.log('spam'); } catch {} }\n}",
  },
  {
    name: 'one enormous console line',
    kind: 'program',
    expect: 'output',
    source: "console.log('x'.repeat(50 * 1024 * 1024));\nconsole.log(5);",
  },
  {
    name: 'flood of empty lines',
    kind: 'program',
    expect: 'output',
    source: 'for (;;) { try { console.log(); } catch {} }',
  },
  {
    name: 'flood through every console method',
    kind: 'function',
    expect: 'output',
    source:
      "function solve(a, b) {\n  for (;;) { try { console.error('e'); console.warn('w'); console.info('i'); console.table([1]); } catch {} }\n}",
  },
  {
    name: 'printing a huge nested structure',
    kind: 'program',
    expect: ['output', 'timeout', 'memory'],
    source:
      'const row = Array.from({ length: 100 }, (_, i) => ({ i, s: "x".repeat(50) }));\nconst grid = Array.from({ length: 100 }, () => row);\nfor (;;) console.log(grid);',
  },

  // ---- deep recursion ----
  {
    name: 'unbounded recursion',
    kind: 'function',
    expect: 'error',
    source: 'function solve(a, b) {\n  return solve(a, b) + 1;\n}',
  },
  {
    name: 'recursion that hits the stack limit inside console.log',
    kind: 'function',
    expect: ['error', 'output'],
    source: 'function solve(a, b) {\n  console.log(a);\n  return solve(a, b);\n}',
  },
  {
    name: 'deeply nested returned value',
    kind: 'function',
    expect: 'failed',
    source:
      'function solve(a, b) {\n  let v = 5;\n  for (let i = 0; i < 100000; i++) v = [v];\n  return v;\n}',
  },
  {
    name: 'returned sparse array of 2^32 - 1 holes',
    kind: 'function',
    // Cut at the encoder's node cap; validating those nodes on the host is charged to the test's CPU.
    expect: ['failed', 'timeout'],
    source: 'function solve(a, b) {\n  return new Array(2 ** 32 - 1);\n}',
  },
  {
    name: 'returned array of a million objects, for the host to validate',
    kind: 'function',
    expect: ['failed', 'timeout', 'memory'],
    source: 'function solve(a, b) {\n  return Array.from({ length: 1e6 }, (_, i) => ({ i, a, b }));\n}',
  },
  {
    name: 'returned value with a cycle',
    kind: 'function',
    expect: 'failed',
    source: 'function solve(a, b) {\n  const v = { a: 5 };\n  v.self = v;\n  return v;\n}',
  },

  // ---- the three known process killers ----
  {
    name: 'unhandled rejection with a Proxy whose get trap loops',
    kind: 'function',
    expect: ['timeout', 'error', 'failed'],
    killsProcess: true,
    source:
      'function solve(a, b) {\n  Promise.reject(new Proxy({}, { get() { for (;;) {} } }));\n  return a + b;\n}',
  },
  {
    name: 'splitting a quarter-gigabyte string (V8 fatal error)',
    kind: 'function',
    expect: ['memory', 'error'],
    killsProcess: true,
    source: "function solve(a, b) {\n  return 'ab'.repeat(2 ** 27).split('').length;\n}",
  },
  {
    name: 'filling a 2^27-element array (host memory growth)',
    kind: 'function',
    expect: ['memory', 'error', 'timeout'],
    killsProcess: true,
    source: 'function solve(a, b) {\n  return Array(2 ** 27 - 10).fill(1.5).length;\n}',
  },

  // ---- escape attempts ----
  {
    name: 'constructor chain to Function returning process',
    kind: 'function',
    expect: 'error',
    source:
      "function solve(a, b) {\n  const p = solve.constructor.constructor('return process')();\n  p.exit(0);\n  return a + b;\n}",
  },
  {
    name: 'looking for require and process on globalThis',
    kind: 'program',
    expect: 'failed',
    source:
      'console.log(typeof require, typeof process, typeof module, typeof global, typeof Deno, typeof Bun);',
  },
  {
    name: 'Error.prepareStackTrace to reach call sites',
    kind: 'function',
    expect: ['error', 'failed'],
    source:
      "Error.prepareStackTrace = (e, frames) => frames.map((f) => f.getThis());\nfunction solve(a, b) {\n  const callers = new Error().stack;\n  return Array.isArray(callers) ? callers.length : callers.split('\\n').length * 0 + 4;\n}",
  },
  {
    name: 'Error.prepareStackTrace in strict mode',
    kind: 'function',
    expect: 'error',
    source: "'use strict';\nError.prepareStackTrace = () => 5;\nfunction solve(a, b) {\n  return a + b;\n}",
  },
  {
    name: 'thrown Proxy',
    kind: 'function',
    expect: 'error',
    source: 'function solve(a, b) {\n  throw new Proxy(new Error("x"), { get: () => 5 });\n}',
  },
  {
    name: 'thrown non-Error values',
    kind: 'function',
    expect: 'error',
    source:
      "function solve(a, b) {\n  throw Object.assign(Object.create(null), { name: 'Passed', message: 5 });\n}",
  },
  {
    name: 'Symbol.toPrimitive on the returned value',
    kind: 'function',
    expect: 'failed',
    source:
      'function solve(a, b) {\n  return { [Symbol.toPrimitive]: () => 5, valueOf: () => 5, toString: () => "5" };\n}',
  },
  {
    name: 'SharedArrayBuffer and Atomics.wait',
    kind: 'function',
    expect: 'error',
    source:
      'function solve(a, b) {\n  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);\n  return a + b;\n}',
  },
  {
    // isolated-vm rejects import() and rethrows the unhandled rejection: Node would crash with it too.
    name: 'dynamic import',
    kind: 'function',
    expect: 'error',
    source:
      "function solve(a, b) {\n  return import('node:fs').then((fs) => fs.readFileSync('/etc/passwd', 'utf8'));\n}",
  },
  {
    name: 'dynamic import at top level',
    kind: 'program',
    expect: 'error',
    source: "import('node:child_process').then((cp) => console.log(cp.execSync('echo 5').toString()));",
  },
  {
    name: 'FinalizationRegistry callback that loops',
    kind: 'function',
    expect: 'error',
    source:
      'const registry = new FinalizationRegistry(() => { for (;;) {} });\nfunction solve(a, b) {\n  registry.register({}, 1);\n  return a + b;\n}',
  },
  {
    name: 'async function returning a promise of the right value',
    kind: 'function',
    expect: 'failed',
    source: 'async function solve(a, b) {\n  return a + b;\n}',
  },

  // ---- tampering with what the harness might use ----
  {
    name: 'Object.is, JSON.stringify and JSON.parse patched to agree',
    kind: 'function',
    expect: 'failed',
    source: `Object.is = () => true;\nJSON.stringify = () => '5';\nJSON.parse = () => 5;\n${wrong}`,
  },
  {
    name: 'Array.prototype methods patched',
    kind: 'function',
    expect: 'failed',
    source: `for (const k of Object.getOwnPropertyNames(Array.prototype)) { try { Array.prototype[k] = function () { return 5; }; } catch {} }\n${wrong}`,
  },
  {
    name: 'index setters and getters on Array.prototype',
    kind: 'function',
    expect: 'failed',
    source:
      'for (let i = 0; i < 4; i++) Object.defineProperty(Array.prototype, i, { get() { return 5; }, set() {}, configurable: true });\nfunction solve(a, b) {\n  return [];\n}',
  },
  {
    name: 'setters on Object.prototype for the encoding keys',
    kind: 'function',
    expect: 'failed',
    source:
      "for (const k of ['$', 'v', 'items', 'entries', 'ctor', 'value', 'get', 'set', 'enumerable', 'writable', '0', '1']) Object.defineProperty(Object.prototype, k, { __proto__: null, get() { return 5; }, set() {}, configurable: true });\n" +
      wrong,
  },
  {
    name: 'Object.prototype.toString and Symbol.toStringTag lies',
    kind: 'function',
    expect: 'failed',
    source:
      "Object.prototype.toString = () => '5';\nfunction solve(a, b) {\n  return { [Symbol.toStringTag]: 'Number', valueOf: () => 5 };\n}",
  },
  {
    name: 'toJSON answering the expected value',
    kind: 'function',
    expect: 'failed',
    source: 'function solve(a, b) {\n  return { toJSON: () => 5 };\n}',
  },
  {
    name: 'String.prototype.toJSON and Number.prototype.toString patched',
    kind: 'function',
    expect: 'failed',
    source:
      "String.prototype.toJSON = () => 5;\nNumber.prototype.toString = () => '5';\nNumber.prototype.toJSON = () => 5;\n" +
      wrong,
  },
  {
    name: 'Proxy pretending to be 5',
    kind: 'function',
    expect: 'failed',
    source:
      'function solve(a, b) {\n  return new Proxy({}, { get: () => 5, getPrototypeOf: () => Number.prototype });\n}',
  },
  {
    name: 'getter returning the expected value',
    kind: 'function',
    expect: 'failed',
    source: 'function solve(a, b) {\n  return { get valueOf() { return () => 5; } };\n}',
  },
  {
    name: 'Reflect and Array.isArray patched',
    kind: 'function',
    expect: 'failed',
    source:
      'Reflect.ownKeys = () => [];\nReflect.getOwnPropertyDescriptor = () => ({ value: 5 });\nReflect.apply = () => 5;\nArray.isArray = () => false;\n' +
      wrong,
  },
  {
    name: 'Map and Set prototypes patched',
    kind: 'function',
    expect: 'failed',
    source:
      'Map.prototype.forEach = function () {};\nSet.prototype.forEach = function () {};\nMap.prototype.set = function () { return this; };\nfunction solve(a, b) {\n  return new Map([[1, 4]]);\n}',
  },
  {
    name: 'console redefined',
    kind: 'program',
    expect: ['failed', 'error'],
    source:
      "globalThis.console = { log() {} };\ntry { Object.defineProperty(globalThis, 'console', { value: {} }); } catch {}\nconsole.log = () => {};\nconsole.log(4);",
  },
  {
    name: 'console shadowed by a local binding',
    kind: 'program',
    expect: 'failed',
    source: 'let console = { log() {} };\nconsole.log(5);',
  },
  {
    name: 'readline and prompt redefined',
    kind: 'program',
    expect: ['failed', 'error'],
    source: "readline = () => '5';\nprompt = () => '5';\nconsole.log(readline() === null ? 4 : readline());",
  },
  {
    name: 'String prototype methods the comparison might use',
    kind: 'program',
    expect: 'failed',
    source:
      "for (const k of ['trim', 'trimEnd', 'split', 'replace', 'toLowerCase', 'includes', 'startsWith']) String.prototype[k] = function () { return '5'; };\nRegExp.prototype[Symbol.replace] = () => '5';\nconsole.log(4);",
  },
  {
    name: 'Function.prototype.call and apply patched',
    kind: 'function',
    expect: 'failed',
    source:
      'Function.prototype.call = () => 5;\nFunction.prototype.apply = () => 5;\nFunction.prototype.bind = () => () => 5;\n' +
      wrong,
  },
  {
    name: 'Error patched before throwing',
    kind: 'function',
    expect: 'error',
    source:
      "Error.prototype.name = 'Passed';\nObject.defineProperty(Error.prototype, 'message', { get() { for (;;) {} } });\nfunction solve(a, b) {\n  throw new Error();\n}",
  },
  {
    name: 'class named Object mimicking a plain result',
    kind: 'function',
    expect: 'failed',
    source:
      'class Object { constructor() { this.x = 5; } }\nfunction solve(a, b) {\n  return new Object();\n}',
  },
  {
    name: 'solve deleted from the global object',
    kind: 'function',
    expect: 'failed',
    source: 'function solve(a, b) {\n  return a + b;\n}\ndelete globalThis.solve;\nsolve = 5;',
  },
];
