// What the server's thread and the grader's thread say to each other (create-threaded-grader.ts). Both
// sides are our code in one process, so the messages are typed, not parsed.
import type { Exercise } from '../contracts/exercise.ts';
import type { GradeResult } from '../contracts/grade-result.ts';
import type { StoredGrade } from './create-grader.ts';

export type GraderThreadRequest =
  | {
      type: 'grade';
      id: number;
      contentHash: string;
      /** Sent the first time, or when the thread asked for it. */
      exercise?: Exercise;
      source: string;
      mode: 'submit' | 'run';
      /** Answer with the stored form (`stored`) rather than the result's objects. */
      stored: boolean;
    }
  | { type: 'close' };

export type GraderThreadReply =
  | { type: 'result'; id: number; result: GradeResult }
  | { type: 'stored'; id: number; grade: StoredGrade }
  /** The grader threw: one of the pool's typed errors, rebuilt on the other side by name. */
  | { type: 'error'; id: number; name: string; message: string }
  | { type: 'unknown-exercise'; id: number }
  /** A fault of the pool's that no job carries (an idle worker died). */
  | { type: 'fault'; message: string };
