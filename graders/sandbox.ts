// The sandbox: the only module that imports isolated-vm. It lends an isolate through `withSandbox`, which
// always disposes it, and talks to the in-isolate harness (sandbox-harness.js) through one function that
// takes and returns strings. Nothing else crosses: no reference to a host object reaches the isolate
// except the console callback installed before any learner code runs, and every string coming back is
// parsed (zod) before the host believes it.
//
// An isolate serves one job and is never reused after a timeout, a memory kill or a crash: its contexts
// report `alive === false` and the caller opens a fresh sandbox for what remains. All calls are
// synchronous (no isolated-vm promise exists to be left unhandled). The harness catches whatever
// learner code throws; the one exception isolated-vm itself raises after a call is a promise rejection
// nobody handled, which is reported as what the learner threw. Because creating an
// isolate costs ~1.5 ms and compiling the harness ~2 ms (~0.3 ms from V8's code cache), the next isolate
// is prepared while the process is idle, with its first context already bootstrapped.
import { readFileSync } from 'node:fs';
import ivm from 'isolated-vm';
import { z } from 'zod';
import type { EncodedValue } from '../contracts/encoded-value.ts';
import { parseEncodedJson, SandboxOutputError } from './values/parse-encoded.ts';

export interface SandboxOptions {
  /** The isolate's heap limit (isolated-vm's memoryLimit), in MB. */
  memoryMb: number;
  /** Prepare the next isolate while idle, once this one is disposed (default true). */
  keepSpare?: boolean | undefined;
}

export interface ThrownError {
  name: string;
  message: string;
  stack?: string | undefined;
}

/** The call did not come back: after any of these the isolate is disposed. */
export type SandboxFailure = { kind: 'timeout' } | { kind: 'memory' } | { kind: 'crashed'; message: string };

export type LoadReply = { kind: 'loaded' } | { kind: 'thrown'; error: ThrownError };
export type CallReply =
  | { kind: 'value'; value: EncodedValue; argsAfter?: EncodedValue[] }
  | { kind: 'thrown'; error: ThrownError }
  | { kind: 'missing' }
  | { kind: 'not-a-function' };
export type TimerReply = { kind: 'idle' } | { kind: 'ran' } | { kind: 'thrown'; error: ThrownError };

/** A reply or a failure, with the CPU time the call used (in the isolate, and decoding its reply here). */
export type Answer<Reply> = (Reply | SandboxFailure) & { cpuMs: number };

export interface LoadRequest {
  /** JavaScript, run as a script whose stack frames name `filename`, line 1 being its line 1. */
  source: string;
  filename: string;
  /** Functions the host will call afterwards (identifiers). */
  functions: readonly string[];
  /** Define setTimeout/setInterval/clear* (virtual time, run with `runNextTimer`). */
  timers: boolean;
  /** Lines returned by readline()/prompt(), then null. */
  stdin: readonly string[];
  /** Longest console line sent to the host, in characters; the host does the exact accounting. */
  outputLimit: number;
}

/** One realm inside the isolate, with the harness installed. Teacher code gets its own. */
export interface SandboxContext {
  load(request: LoadRequest, timeoutMs: number): Answer<LoadReply>;
  /** Calls a function the loaded program defined, on fresh copies of `args`. */
  call(name: string, args: readonly EncodedValue[], timeoutMs: number): Answer<CallReply>;
  /** Runs the earliest pending timer (and the microtasks it queues). */
  runNextTimer(timeoutMs: number): Answer<TimerReply>;
  /** Evaluates a teacher's function expression (cached by source) and calls it on fresh copies. */
  callTeacher(source: string, args: readonly EncodedValue[], timeoutMs: number): Answer<CallReply>;
  release(): void;
}

export interface Sandbox {
  /** False once a call timed out, ran out of memory or crashed. */
  readonly alive: boolean;
  /**
   * A new context. `onOutput` receives each console line and answers whether more output is wanted;
   * once it answers false, the learner's console calls throw instead of reaching the host.
   */
  openContext(onOutput?: (text: string) => boolean): SandboxContext;
  /** Disposes the isolate now, e.g. after a test used more CPU than allowed without being stopped. */
  discard(): void;
}

const HARNESS_FILE = 'grader:harness';
const TIMED_OUT = 'Script execution timed out.';

let harnessSource: string | undefined;
let harnessCache: ivm.ExternalCopy<ArrayBuffer> | undefined;

interface PreparedContext {
  context: ivm.Context;
  dispatch: ivm.Reference<(operation: string, first?: string, second?: string) => string>;
  sink: { write: (text: string) => boolean };
}

interface Isolate {
  isolate: ivm.Isolate;
  harness: ivm.Script;
  memoryMb: number;
  ready?: PreparedContext | undefined;
}

let spare: Isolate | undefined;
let spareScheduled = false;

export async function withSandbox<T>(
  options: SandboxOptions,
  use: (sandbox: Sandbox) => T | Promise<T>,
): Promise<T> {
  const owned = takeIsolate(options.memoryMb);
  let alive = true;
  const kill = () => {
    if (!alive) return;
    alive = false;
    disposeIsolate(owned.isolate);
  };
  const sandbox: Sandbox = {
    get alive() {
      return alive;
    },
    openContext(onOutput) {
      if (!alive) throw new Error('openContext on a sandbox whose isolate is gone');
      const prepared = owned.ready ?? prepareContext(owned);
      owned.ready = undefined;
      if (onOutput) prepared.sink.write = onOutput;
      return makeContext(owned.isolate, prepared, () => alive, kill);
    },
    discard: kill,
  };
  try {
    return await use(sandbox);
  } finally {
    kill();
    if (options.keepSpare !== false) scheduleSpare(options.memoryMb);
  }
}

function takeIsolate(memoryMb: number): Isolate {
  const warm = spare;
  spare = undefined;
  if (warm && warm.memoryMb === memoryMb && !warm.isolate.isDisposed) return warm;
  if (warm) disposeIsolate(warm.isolate);
  return createIsolate(memoryMb);
}

function scheduleSpare(memoryMb: number): void {
  if (spare || spareScheduled) return;
  spareScheduled = true;
  // Unref'd: a spare is worth preparing while idle, never worth keeping a process alive for.
  setImmediate(() => {
    spareScheduled = false;
    try {
      spare ??= createIsolate(memoryMb);
    } catch {
      // The next job creates its isolate itself and reports the failure there, where it can.
    }
  }).unref();
}

function createIsolate(memoryMb: number): Isolate {
  const isolate = new ivm.Isolate({
    memoryLimit: memoryMb,
    // isolated-vm's advice: V8 has lost control of the process, so nothing in it can be trusted.
    onCatastrophicError: (message) => {
      process.stderr.write(`isolated-vm catastrophic error: ${message}\n`);
      process.abort();
    },
  });
  const owned: Isolate = { isolate, harness: compileHarness(isolate), memoryMb };
  owned.ready = prepareContext(owned);
  return owned;
}

function compileHarness(isolate: ivm.Isolate): ivm.Script {
  harnessSource ??= readFileSync(new URL('./sandbox-harness.js', import.meta.url), 'utf8');
  if (harnessCache) {
    const script = isolate.compileScriptSync(harnessSource, {
      filename: HARNESS_FILE,
      cachedData: harnessCache,
    });
    if ((script as ivm.Script & { cachedDataRejected?: boolean }).cachedDataRejected !== true) return script;
  }
  const script = isolate.compileScriptSync(harnessSource, {
    filename: HARNESS_FILE,
    produceCachedData: true,
  });
  harnessCache = (script as ivm.Script & ivm.CachedDataResult).cachedData;
  return script;
}

function prepareContext(owned: Isolate): PreparedContext {
  const context = owned.isolate.createContextSync();
  const sink = { write: (_text: string) => true };
  const install = owned.harness.runSync(context, { reference: true });
  const dispatch = install.applySync(
    undefined,
    [new ivm.Callback((text: unknown) => typeof text === 'string' && sink.write(text))],
    { result: { reference: true } },
  ) as PreparedContext['dispatch'];
  install.release();
  return { context, dispatch, sink };
}

function disposeIsolate(isolate: ivm.Isolate): void {
  if (isolate.isDisposed) return;
  try {
    isolate.dispose();
  } catch {
    // Already disposed by isolated-vm itself (memory limit): nothing left to free.
  }
}

function makeContext(
  isolate: ivm.Isolate,
  prepared: PreparedContext,
  isAlive: () => boolean,
  kill: () => void,
): SandboxContext {
  let released = false;

  function invoke(
    args: [string, string?, string?],
    timeoutMs: number,
  ): ({ text: string } | SandboxFailure | { kind: 'thrown'; error: ThrownError }) & { cpuMs: number } {
    if (!isAlive() || released) throw new Error('call into a sandbox context that is gone');
    const before = isolate.cpuTime;
    const started = performance.now();
    let text: unknown;
    try {
      // Sync: isolated-vm runs the call, then the microtask checkpoint, all under `timeout`.
      text = prepared.dispatch.applySync(undefined, args, { timeout: Math.max(1, Math.ceil(timeoutMs)) });
    } catch (error) {
      const cpuMs = isolate.isDisposed ? performance.now() - started : Number(isolate.cpuTime - before) / 1e6;
      const message = error instanceof Error ? error.message : undefined;
      if (!isolate.isDisposed && message !== TIMED_OUT) {
        // The harness catches everything thrown, so this is isolated-vm rethrowing a promise rejection
        // nobody handled, after the call. Node would crash with it: the learner's error, isolate intact.
        return { kind: 'thrown', error: unhandledRejection(error), cpuMs };
      }
      kill();
      if (message === TIMED_OUT) return { kind: 'timeout', cpuMs };
      if (message !== undefined && /memory limit/i.test(message)) return { kind: 'memory', cpuMs };
      return { kind: 'crashed', message: message ?? 'the isolate stopped', cpuMs };
    }
    const cpuMs = Number(isolate.cpuTime - before) / 1e6;
    if (typeof text !== 'string')
      throw new SandboxOutputError('the harness answered with something other than text');
    return { text, cpuMs };
  }

  return {
    load(request, timeoutMs) {
      const config = JSON.stringify({
        filename: request.filename,
        functions: request.functions,
        timers: request.timers,
        stdin: request.stdin,
        outputLimit: request.outputLimit,
      });
      const answer = invoke(['load', config, request.source], timeoutMs);
      if (!('text' in answer)) return answer;
      if (answer.text === 'K') return { kind: 'loaded', cpuMs: answer.cpuMs };
      return { ...parseThrownReply(answer.text), cpuMs: answer.cpuMs };
    },
    call(name, args, timeoutMs) {
      const answer = invoke(['call', name, JSON.stringify(args)], timeoutMs);
      return 'text' in answer ? decodeCallReply(answer.text, answer.cpuMs) : answer;
    },
    runNextTimer(timeoutMs) {
      const answer = invoke(['timer'], timeoutMs);
      if (!('text' in answer)) return answer;
      if (answer.text === 'I') return { kind: 'idle', cpuMs: answer.cpuMs };
      if (answer.text === 'R') return { kind: 'ran', cpuMs: answer.cpuMs };
      return { ...parseThrownReply(answer.text), cpuMs: answer.cpuMs };
    },
    callTeacher(source, args, timeoutMs) {
      const answer = invoke(['teacher', source, JSON.stringify(args)], timeoutMs);
      return 'text' in answer ? decodeCallReply(answer.text, answer.cpuMs) : answer;
    },
    release() {
      if (released) return;
      released = true;
      if (!isAlive()) return;
      prepared.dispatch.release();
      prepared.context.release();
    },
  };
}

/** isolated-vm's copy of a rejection reason: an Error (name, message, stack copied) or a primitive. */
function unhandledRejection(reason: unknown): ThrownError {
  if (reason instanceof Error) {
    const stack =
      typeof reason.stack === 'string'
        ? reason.stack.split('\n    at (<isolated-vm boundary>)')[0]
        : undefined;
    return {
      name: typeof reason.name === 'string' ? reason.name.slice(0, 200) : 'Error',
      message: typeof reason.message === 'string' ? reason.message.slice(0, 4000) : '',
      ...(stack !== undefined ? { stack: stack.slice(0, 8000) } : {}),
    };
  }
  const text =
    typeof reason === 'string' ? reason : typeof reason === 'symbol' ? reason.toString() : String(reason);
  return { name: 'Uncaught', message: text.slice(0, 4000) };
}

const ThrownErrorSchema = z.strictObject({
  name: z.string(),
  message: z.string(),
  stack: z.string().optional(),
});

/**
 * Validating a large value costs the host more than the isolate spent making it, and that time is outside
 * isolated-vm's clock: it is charged to the call, so CPU limits bound it.
 */
function decodeCallReply(text: string, isolateCpuMs: number): Answer<CallReply> {
  const started = performance.now();
  const reply = parseCallReply(text);
  return { ...reply, cpuMs: isolateCpuMs + (performance.now() - started) };
}

function parseCallReply(text: string): CallReply {
  switch (text[0]) {
    case 'V': {
      const separator = text.indexOf('\u0000');
      if (separator < 0) return { kind: 'value', value: parseEncodedJson(text.slice(1)) };
      const after = parseEncodedJson(text.slice(separator + 1));
      if (after === null || typeof after !== 'object' || after.$ !== 'array') {
        throw new SandboxOutputError('the harness reported arguments that are not a list');
      }
      return { kind: 'value', value: parseEncodedJson(text.slice(1, separator)), argsAfter: after.items };
    }
    case 'M':
      return { kind: 'missing' };
    case 'N':
      return { kind: 'not-a-function' };
    default:
      return parseThrownReply(text);
  }
}

function parseThrownReply(text: string): { kind: 'thrown'; error: ThrownError } {
  if (text[0] !== 'E')
    throw new SandboxOutputError(`the harness answered with an unknown reply "${text.slice(0, 20)}"`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(1), (key, value) =>
      key === '__proto__' || key === 'constructor' ? undefined : value,
    );
  } catch (cause) {
    throw new SandboxOutputError('the harness described an error with text that is not JSON', { cause });
  }
  const parsed = ThrownErrorSchema.safeParse(raw);
  if (!parsed.success)
    throw new SandboxOutputError(`the harness described an error badly: ${parsed.error.message}`);
  return { kind: 'thrown', error: parsed.data };
}
