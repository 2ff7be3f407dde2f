// What the server needs from a grading queue, and nothing more, so that a distributed job queue can
// replace the in-process one (docs/decisions/007-grading-queue.md). The attempt row is the job: it is
// written, status queued, before `submit` returns, and the queue's only promise is that every queued row
// is eventually completed (status done) in one transaction.

export type Admission =
  | { accepted: true; attemptId: number }
  | {
      accepted: false;
      /** in-flight and rate-limited are the learner's (429); full is ours (503). */
      reason: 'in-flight' | 'rate-limited' | 'full';
      retryAfterMs: number;
    };

export interface GradingQueue {
  /**
   * Admits a learner's submission or says why not. When admitted, `record` is called to write the attempt
   * row (status queued) durably and resolve with its id; only then is the attempt scheduled. If `record`
   * fails, so does `submit`, and the learner is free to submit again.
   */
  submit(learnerId: string, record: () => Promise<number>): Promise<Admission>;
  /** 1 for the next attempt to be graded; undefined when it is not waiting (running, done, unknown). */
  position(attemptId: number): number | undefined;
  /** Picks up every attempt left queued or running by an earlier process, then grades as they come. */
  start(): Promise<void>;
  /** Resolves once nothing is waiting or running (tests, graceful shutdown). */
  idle(): Promise<void>;
  /** Stops taking work and waits for the attempts being graded; waiting ones stay queued in the database. */
  close(): Promise<void>;
}
