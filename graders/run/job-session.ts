// What the tests of one job share inside one isolate: the learner's program loaded once for all function
// and property tests, a teacher context for checkers and predicates, a reference context for property
// tests, and the CPU accounting that turns limits into each call's timeout. When the isolate dies, the
// orchestrator opens a new sandbox and a new session; `JobState` carries what must outlive it.
import type { TestStatus } from '../../contracts/exercise-spec.ts';
import type { LoadRequest, Sandbox, SandboxContext, SandboxFailure, ThrownError } from '../sandbox.ts';
import type { DynamicJob, RuntimeError, TestOutcome } from './dynamic-job.ts';
import { toLearnerError } from './learner-error.ts';
import { createOutputCollector, type OutputCollector } from './output-collector.ts';

/** A test's result before the orchestrator adds its identity, duration and fired predicates. */
export type TestRun = Omit<TestOutcome, 'index' | 'id' | 'durationMs' | 'firedPredicates'>;

/** Why a test ended without an answer to compare, as outcome fields. */
export interface Failure {
  status: TestStatus;
  error?: RuntimeError | undefined;
  reason?: TestOutcome['reason'];
}

/** Job-wide state that outlives any one isolate. */
export interface JobState {
  cpuUsedMs: number;
  /** The program failed while loading for function tests: every such test gets this, without a rerun. */
  programFailure?: Failure | undefined;
  /** Its top-level output was shown once already; a reload in a fresh isolate prints it again. */
  programLoadedOnce: boolean;
}

export interface TestMeter {
  /** This test's console output (property tests start a new one for each call). */
  readonly output: OutputCollector;
  restartOutput(): void;
  readonly cpuMs: number;
  /** The next call's timeout: what is left of this test's CPU and of the submission's. */
  remainingMs(): number;
  charge(cpuMs: number): void;
}

export interface JobSession {
  readonly job: DynamicJob;
  readonly sandbox: Sandbox;
  readonly state: JobState;
  beginTest(): TestMeter;
  /** The learner's program, loaded once per isolate for function calls, or why it could not load. */
  learnerProgram(meter: TestMeter): { context: SandboxContext } | Failure;
  /** A fresh context running the whole program with this stdin (program tests). */
  runProgram(meter: TestMeter, stdin: readonly string[]): Failure | undefined;
  teacher(): SandboxContext;
  /** The reference solution, loaded in its own context so learner tampering cannot reach it. */
  reference(): { context: SandboxContext } | Failure;
  /** Runs pending timers in virtual-time order, each with the microtasks it queues. */
  drainTimers(context: SandboxContext, meter: TestMeter): Failure | undefined;
  failure(answer: SandboxFailure | { kind: 'thrown'; error: ThrownError }): Failure;
  /** The outcome fields every test has, with the limits applied: output over the cap, CPU over the limit. */
  finish(
    meter: TestMeter,
    fields: Omit<TestRun, 'cpuMs' | 'output' | 'outputTruncated'>,
    shownOutput?: OutputCollector,
  ): TestRun;
}

/** A setInterval never cleared would otherwise run until the CPU limit, one host call per tick. */
const MAX_TIMER_RUNS = 10_000;

export function createJobSession(job: DynamicJob, sandbox: Sandbox, state: JobState): JobSession {
  const limits = job.limits;
  let output: OutputCollector = createOutputCollector(limits.outputBytes);
  const toCurrentOutput = (text: string) => output.write(text);
  let learner: SandboxContext | undefined;
  let teacher: SandboxContext | undefined;
  let reference: SandboxContext | undefined;
  const functionNames = [
    ...new Set(job.tests.flatMap((test) => (test.kind === 'program' ? [] : [test.function]))),
  ];

  const program = (functions: readonly string[], stdin: readonly string[]): LoadRequest => ({
    source: job.program,
    filename: job.filename,
    functions,
    timers: job.timers,
    stdin,
    outputLimit: limits.outputBytes,
  });

  const session: JobSession = {
    job,
    sandbox,
    state,
    beginTest() {
      output = createOutputCollector(limits.outputBytes);
      let cpuMs = 0;
      return {
        get output() {
          return output;
        },
        restartOutput() {
          output = createOutputCollector(limits.outputBytes);
        },
        get cpuMs() {
          return cpuMs;
        },
        remainingMs: () =>
          Math.max(1, Math.min(limits.cpuMsPerTest - cpuMs, limits.cpuMsPerSubmission - state.cpuUsedMs)),
        charge(ms) {
          cpuMs += ms;
          state.cpuUsedMs += ms;
        },
      };
    },

    learnerProgram(meter) {
      if (state.programFailure) return state.programFailure;
      if (learner) return { context: learner };
      const shown = output;
      // A reload after a fresh isolate prints the top-level output again: the learner saw it already.
      if (state.programLoadedOnce) output = createOutputCollector(limits.outputBytes);
      const context = sandbox.openContext(toCurrentOutput);
      const answer = context.load(program(functionNames, []), meter.remainingMs());
      meter.charge(answer.cpuMs);
      let failed = answer.kind === 'loaded' ? session.drainTimers(context, meter) : session.failure(answer);
      // Top-level output over the cap makes console.log throw there: a flood, not a bug to report.
      if (failed && output.truncated) failed = { status: 'output' };
      output = shown;
      state.programLoadedOnce = true;
      if (failed) {
        // The same program would fail the same way for every function test: run it once.
        state.programFailure = failed;
        if (sandbox.alive) context.release();
        return failed;
      }
      learner = context;
      return { context };
    },

    runProgram(meter, stdin) {
      const context = sandbox.openContext(toCurrentOutput);
      try {
        const answer = context.load(program([], stdin), meter.remainingMs());
        meter.charge(answer.cpuMs);
        return answer.kind === 'loaded' ? session.drainTimers(context, meter) : session.failure(answer);
      } finally {
        if (sandbox.alive) context.release();
      }
    },

    teacher() {
      teacher ??= sandbox.openContext();
      return teacher;
    },

    reference() {
      if (reference) return { context: reference };
      if (job.reference === undefined) throw new Error('a property test needs the reference solution');
      const context = sandbox.openContext();
      const answer = context.load(
        {
          source: job.reference,
          filename: 'reference.js',
          functions: functionNames,
          timers: false,
          stdin: [],
          outputLimit: limits.outputBytes,
        },
        limits.cpuMsPerTest,
      );
      if (answer.kind === 'thrown') {
        throw new Error(
          `the reference solution failed to load: ${answer.error.name}: ${answer.error.message}`,
        );
      }
      if (answer.kind !== 'loaded') return session.failure(answer);
      reference = context;
      return { context };
    },

    drainTimers(context, meter) {
      if (!job.timers) return undefined;
      for (let runs = 0; runs < MAX_TIMER_RUNS; runs++) {
        if (meter.remainingMs() <= 1 && meter.cpuMs > 0) break;
        const answer = context.runNextTimer(meter.remainingMs());
        meter.charge(answer.cpuMs);
        if (answer.kind === 'idle') return undefined;
        if (answer.kind !== 'ran') return session.failure(answer);
      }
      // Still ticking after its budget or the cap: the program would never end. Timers left in this
      // isolate must not fire during a later test.
      sandbox.discard();
      return { status: 'timeout' };
    },

    failure(answer) {
      switch (answer.kind) {
        case 'timeout':
          return { status: 'timeout' };
        case 'memory':
          return { status: 'memory' };
        case 'crashed':
          return {
            status: 'error',
            reason: 'crashed',
            error: { name: 'SandboxError', message: answer.message },
          };
        case 'thrown':
          // V8 reports a large ArrayBuffer the memory limit refused as a catchable RangeError.
          if (answer.error.name === 'RangeError' && /allocation failed/i.test(answer.error.message)) {
            return { status: 'memory' };
          }
          return { status: 'error', error: toLearnerError(answer.error, job.filename) };
      }
    },

    finish(meter, fields, shownOutput = meter.output) {
      let status = fields.status;
      if (shownOutput.truncated) {
        status = 'output';
      } else if (meter.cpuMs > limits.cpuMsPerTest && status !== 'memory' && status !== 'timeout') {
        // The call came back, but later than allowed: the same verdict as isolated-vm's timeout.
        status = 'timeout';
        sandbox.discard();
      }
      return {
        ...fields,
        status,
        cpuMs: meter.cpuMs,
        output: shownOutput.shown,
        outputTruncated: shownOutput.truncated,
      };
    },
  };
  return session;
}
