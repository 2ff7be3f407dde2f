// The pool's own failures, as typed errors: none of them is the learner's doing, so none may ever become a
// test verdict. The server maps them to 503 (overloaded, closed) or 500 (a fault of ours).

/** Too many submissions are already waiting for a worker; the caller should shed load, not wait. */
export class PoolOverloadedError extends Error {
  override name = 'PoolOverloadedError';
}

/** The pool was closed before this job could finish. */
export class PoolClosedError extends Error {
  override name = 'PoolClosedError';
}

/**
 * A bug of ours while running a job: the worker reported a fault, broke the protocol, or could not start.
 * The learner's code may have been running when it happened, but the grader, not the learner, is to blame.
 */
export class GraderFaultError extends Error {
  override name = 'GraderFaultError';
}
