// The part of grading that runs learner code: sent by the parent to a worker process, answered test by
// test, so that when a worker must be killed the parent still knows every finished test and which one
// was running. Both directions are parsed with zod: a worker runs learner code, so its messages are
// treated as untrusted input.
import { z } from 'zod';
import { Arbitrary } from '../../contracts/arbitrary.ts';
import { EncodedValue } from '../../contracts/encoded-value.ts';
import { FunctionCompare, OutputCompare, TestStatus } from '../../contracts/exercise-spec.ts';
import { Limits } from '../../contracts/limits.ts';
import { SourceLocation } from '../../contracts/source-location.ts';

const jobTestCommon = { index: z.number().int().min(0), id: z.string() };

export const JobTest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('function'),
    ...jobTestCommon,
    function: z.string(),
    args: z.array(z.json()),
    expected: z.json().optional(),
    compare: FunctionCompare.optional(),
    checker: z.string().optional(),
    argsUnchanged: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('program'),
    ...jobTestCommon,
    stdin: z.array(z.string()),
    stdout: z.string(),
    compare: OutputCompare.optional(),
  }),
  z.strictObject({
    kind: z.literal('property'),
    ...jobTestCommon,
    function: z.string(),
    args: z.array(Arbitrary),
    compare: FunctionCompare.optional(),
    runs: z.number().int().min(1),
    seed: z.number().int(),
  }),
]);
export type JobTest = z.infer<typeof JobTest>;

export const JobPredicate = z.strictObject({
  ruleId: z.string(),
  /** Only evaluated on this test's outcome; otherwise on every test that did not pass. */
  testId: z.string().optional(),
  source: z.string(),
});
export type JobPredicate = z.infer<typeof JobPredicate>;

export const DynamicJob = z.strictObject({
  jobId: z.number().int(),
  /** The learner's program as JavaScript (types already stripped, positions kept). */
  program: z.string(),
  /** The name shown in stack traces: main.js or main.ts. */
  filename: z.string(),
  /** The reference solution as JavaScript, for property tests. */
  reference: z.string().optional(),
  timers: z.boolean(),
  limits: Limits,
  stopAtFirstFailure: z.boolean(),
  tests: z.array(JobTest),
  predicates: z.array(JobPredicate),
});
export type DynamicJob = z.infer<typeof DynamicJob>;

export const RuntimeError = z.strictObject({
  name: z.string(),
  message: z.string(),
  /** Where in the learner's source, when the stack points into it. */
  location: SourceLocation.optional(),
  /** The learner-side part of the stack, for display. */
  stack: z.string().optional(),
});
export type RuntimeError = z.infer<typeof RuntimeError>;

export const TestOutcome = z.strictObject({
  index: z.number().int().min(0),
  id: z.string(),
  status: TestStatus,
  durationMs: z.number().min(0),
  cpuMs: z.number().min(0),
  /** Function tests: the arguments of the call; property tests: the shrunk counter-example. */
  args: z.array(EncodedValue).optional(),
  /** The arguments as the learner's function left them, only when it changed them. */
  argsAfter: z.array(EncodedValue).optional(),
  /** What the learner's function returned. */
  actual: EncodedValue.optional(),
  /** The expected value (property tests: what the reference returned on the counter-example). */
  expected: EncodedValue.optional(),
  /** Console output (function tests) or the program's standard output. */
  output: z.string(),
  outputTruncated: z.boolean(),
  error: RuntimeError.optional(),
  /** Why a failed test failed, when not a plain mismatch. */
  reason: z
    .enum([
      'mismatch',
      'checker',
      'missing-function',
      'not-a-function',
      'mutated-arguments',
      'cpu-budget',
      'crashed',
    ])
    .optional(),
  /** A checker's failure message. */
  checkerMessage: z.string().optional(),
  /** Property tests: how many generated cases ran before the first failure (or in all). */
  runs: z.number().int().optional(),
  /** Ids of the predicate rules that fired on this outcome. */
  firedPredicates: z.array(z.string()),
});
export type TestOutcome = z.infer<typeof TestOutcome>;

export const WorkerMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  /**
   * A test begins. Optional after a test-done: tests run in order, so the parent takes each test-done as
   * the start of the next test (and re-arms its watchdog); the runner announces only a job's first test.
   */
  z.strictObject({ type: z.literal('test-start'), jobId: z.number().int(), index: z.number().int() }),
  z.strictObject({ type: z.literal('test-done'), jobId: z.number().int(), outcome: TestOutcome }),
  z.strictObject({ type: z.literal('job-done'), jobId: z.number().int() }),
  /** Our own fault while running the job (not the learner's): the parent turns it into a typed error. */
  z.strictObject({ type: z.literal('fault'), jobId: z.number().int(), message: z.string() }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessage>;

/** Runs a job's tests inside the sandbox, reporting through `emit`; the worker process's whole job. */
export type RunDynamicJob = (job: DynamicJob, emit: (message: WorkerMessage) => void) => Promise<void>;
