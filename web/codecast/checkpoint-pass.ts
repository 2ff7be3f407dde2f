// When a checkpoint lets the cast go on. A submission that passes (every test, hidden ones included) does;
// so does a free run whose visible tests all pass: a checkpoint checks that the learner can do what was
// just shown, in the flow of the lesson, and a run answers at once where a submission waits in the queue
// and is recorded. A run of an exercise without visible tests proves nothing, so it does not count.
import type { GradeResult } from '../../contracts/grade-result.ts';

export function passesCheckpoint(result: GradeResult, kind: 'run' | 'submit'): boolean {
  if (result.status !== 'passed') return false;
  return kind === 'submit' || result.tests.some((test) => !test.hidden);
}
