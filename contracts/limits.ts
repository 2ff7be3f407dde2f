// Resource limits for one submission. An exercise may set its own, but never above the ceilings: the
// ceilings protect the shared grading machines, the defaults suit a beginner's exercise.
import { z } from 'zod';

export const Limits = z.strictObject({
  /** CPU time one test may use, in ms. */
  cpuMsPerTest: z.number().int().min(10),
  /** CPU time the whole submission may use across its tests, in ms. */
  cpuMsPerSubmission: z.number().int().min(10),
  /** Wall-clock time one test may take before its worker process is killed, in ms. */
  wallMsPerTest: z.number().int().min(50),
  /** Heap of the isolate, in MB; the worker process is also killed when its resident memory passes a ceiling. */
  memoryMb: z.number().int().min(8),
  /** Console output kept per test, in bytes; past it the output is cut with a notice. */
  outputBytes: z.number().int().min(256),
  /** Size of the learner's source, in bytes. */
  sourceBytes: z.number().int().min(256),
});
export type Limits = z.infer<typeof Limits>;

export const LimitsOverride = Limits.partial();
export type LimitsOverride = z.infer<typeof LimitsOverride>;

export const defaultLimits: Limits = {
  cpuMsPerTest: 1_000,
  cpuMsPerSubmission: 5_000,
  wallMsPerTest: 3_000,
  memoryMb: 64,
  outputBytes: 64 * 1024,
  sourceBytes: 64 * 1024,
};

export const limitCeilings: Limits = {
  cpuMsPerTest: 10_000,
  cpuMsPerSubmission: 30_000,
  wallMsPerTest: 30_000,
  memoryMb: 512,
  outputBytes: 1024 * 1024,
  sourceBytes: 512 * 1024,
};

/** The limits in force: the exercise's overrides on top of the defaults, each kept under its ceiling. */
export function resolveLimits(override: LimitsOverride = {}): Limits {
  const out = { ...defaultLimits };
  for (const key of Object.keys(out) as (keyof Limits)[]) {
    const wanted = override[key];
    if (wanted !== undefined) out[key] = Math.min(wanted, limitCeilings[key]);
  }
  return out;
}
