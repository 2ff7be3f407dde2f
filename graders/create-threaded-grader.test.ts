import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../contracts/exercise.ts';
import { loadExercise } from './content/load-exercise.ts';
import { createGrader } from './create-grader.ts';
import { createThreadedGrader } from './create-threaded-grader.ts';
import { PoolClosedError } from './pool/pool-errors.ts';

const exercisesRoot = fileURLToPath(new URL('../exercises/', import.meta.url));
let sumOfArray: Exercise;
let maxOfTwo: Exercise;

async function load(slug: string): Promise<Exercise> {
  const loaded = await loadExercise(path.join(exercisesRoot, slug));
  if (!loaded.data) throw new Error(`${slug} does not load`);
  return loaded.data;
}

beforeAll(async () => {
  [sumOfArray, maxOfTwo] = await Promise.all([load('sum-of-array'), load('max-of-two')]);
});

/** The parts of a result that do not depend on timing. */
const verdictOf = (result: Awaited<ReturnType<ReturnType<typeof createGrader>['grade']>>) => ({
  status: result.status,
  score: result.score,
  tests: result.tests.map((test) => [test.id, test.status]),
  feedback: result.feedback.map((message) => message.ruleId),
});

describe('createThreadedGrader', () => {
  const threaded = createThreadedGrader({ size: 1 });
  const inline = createGrader({ size: 1 });
  afterAll(async () => {
    await Promise.all([threaded.close(), inline.close()]);
  });

  it('grades as the grader of the calling thread does, submissions and free runs, many at once', async () => {
    const cases: [Exercise, string, 'submit' | 'run'][] = [
      [sumOfArray, sumOfArray.solution, 'submit'],
      [sumOfArray, sumOfArray.knownWrong[0]!.source, 'submit'],
      [maxOfTwo, maxOfTwo.solution, 'run'],
      [maxOfTwo, 'function max(a, b) { return a', 'submit'],
      [sumOfArray, 'function sum(numbers) { while (true) {} }', 'run'],
    ];
    const [fromThread, fromHere] = await Promise.all([
      Promise.all(cases.map(([exercise, code, mode]) => threaded.grade(exercise, code, { mode }))),
      Promise.all(cases.map(([exercise, code, mode]) => inline.grade(exercise, code, { mode }))),
    ]);
    expect(fromThread.map(verdictOf)).toEqual(fromHere.map(verdictOf));
    expect(fromThread[0]!.status).toBe('passed');
    expect(fromThread[4]!.tests.some((test) => test.status === 'timeout')).toBe(true);
  });

  it('answers a submission in its stored form: the JSON of the same result, and its verdict fields', async () => {
    const wrong = sumOfArray.knownWrong[0]!.source;
    const [stored, direct] = await Promise.all([
      threaded.gradeForStorage!(sumOfArray, wrong),
      inline.grade(sumOfArray, wrong),
    ]);
    const parsed = JSON.parse(stored.json);
    expect(verdictOf(parsed)).toEqual(verdictOf(direct));
    expect(stored).toMatchObject({ status: direct.status, score: direct.score, maxScore: direct.maxScore });
  });

  it.runIf(process.platform === 'linux')(
    'runs its workers at the nice value asked for, not that value added twice',
    async () => {
      const childrenOfThisProcess = () =>
        readdirSync('/proc')
          .filter((entry) => /^\d+$/.test(entry))
          .flatMap((pid) => {
            try {
              const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
              const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
              return parent === process.pid ? [Number(pid)] : [];
            } catch {
              return []; // gone meanwhile
            }
          });
      // The other graders of this file have their workers already.
      const before = new Set(childrenOfThisProcess());
      const grader = createThreadedGrader({ size: 1, niceness: 5 });
      await grader.grade(sumOfArray, sumOfArray.solution);
      const children = childrenOfThisProcess().filter((pid) => !before.has(pid));
      expect(children.length).toBeGreaterThan(0);
      for (const pid of children) expect(getPriority(pid)).toBe(getPriority() + 5);
      // Each worker heads its own scheduling group, which must weigh as little (pool/lower-autogroup.ts).
      if (existsSync('/proc/self/autogroup'))
        for (const pid of children)
          await vi.waitFor(() => expect(readFileSync(`/proc/${pid}/autogroup`, 'utf8')).toMatch(/ nice 5$/m));
      await grader.close();
    },
  );

  it("rejects with the pool's typed error once closed", async () => {
    const grader = createThreadedGrader({ size: 1 });
    // Either graded before the pool closed, or refused as closed: never another kind of failure.
    const running = grader.grade(sumOfArray, sumOfArray.solution).then(
      (result) => expect(result.status).toBe('passed'),
      (error) => expect(error).toBeInstanceOf(PoolClosedError),
    );
    await grader.close();
    await running;
    await expect(grader.grade(sumOfArray, sumOfArray.solution)).rejects.toBeInstanceOf(PoolClosedError);
  });
});
