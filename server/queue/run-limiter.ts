// Admission of free runs (`POST /api/exercises/:slug/run`). A run is graded in the request, on the pool the
// queue also uses, and is not recorded: left free, it is an oracle for the hidden behaviour of a
// reference (run, tweak, run again, thousands of times) and a way to load the grader. So each learner has
// one run at a time and a token bucket, and the whole server a cap on runs in progress, which keeps room in
// the pool for queued submissions. The order mirrors the queue's (decision 007): our capacity first (503),
// then the learner's (429), the bucket last so a refusal for another reason spends no token.
import type { RunLimits } from '../env.ts';
import { createTokenBuckets } from './token-bucket.ts';

export type RunAdmission =
  | { accepted: true; release(): void }
  | {
      accepted: false;
      /** busy is ours (503); in-flight and rate-limited are the learner's (429). */
      reason: 'busy' | 'in-flight' | 'rate-limited';
      retryAfterMs: number;
    };

export interface RunLimiter {
  admit(learnerId: string, now: number): RunAdmission;
  /** Runs admitted and not yet released. */
  readonly running: number;
}

/** A run takes well under a second unless it loops to its time limit: by then a retry has a chance. */
const busyRetryMs = 1_000;

export function createRunLimiter(limits: RunLimits): RunLimiter {
  const buckets = createTokenBuckets({ burst: limits.burst, refillMs: limits.refillMs });
  const runningLearners = new Set<string>();
  return {
    admit(learnerId, now) {
      if (runningLearners.size >= limits.maxConcurrent) {
        return { accepted: false, reason: 'busy', retryAfterMs: busyRetryMs };
      }
      if (runningLearners.has(learnerId)) {
        return { accepted: false, reason: 'in-flight', retryAfterMs: busyRetryMs };
      }
      const wait = buckets.take(learnerId, now);
      if (wait > 0) return { accepted: false, reason: 'rate-limited', retryAfterMs: wait };
      runningLearners.add(learnerId);
      let released = false;
      return {
        accepted: true,
        release() {
          if (released) return;
          released = true;
          runningLearners.delete(learnerId);
        },
      };
    },
    get running() {
      return runningLearners.size;
    },
  };
}
