// The one way an exercise reaches the browser: visible tests with their input and expected value rendered
// as the grader renders them in results, and counts in place of everything hidden.
import type { Exercise } from '../../contracts/exercise.ts';
import { resolveLimits } from '../../contracts/limits.ts';
import { PublicExercise, type PublicTest } from '../../contracts/public-exercise.ts';
import { testId } from '../../graders/grade-submission.ts';
import { encodeJson } from '../../graders/values/encode-json.ts';
import { renderCall, renderValue } from '../../graders/values/render-value.ts';

export function toPublicExercise(exercise: Exercise): PublicExercise {
  const { spec } = exercise;
  const visible = spec.tests.filter((test) => !test.hidden);
  const tests = visible.map((test): PublicTest => {
    const base = { id: testId(test), name: test.name, kind: test.kind, points: test.points };
    if (test.kind === 'function') {
      const name = test.function ?? spec.entry ?? 'f';
      return {
        ...base,
        input: renderCall(name, test.args.map(encodeJson)),
        ...(test.expected !== undefined ? { expected: renderValue(encodeJson(test.expected)) } : {}),
      };
    }
    if (test.kind === 'program') return { ...base, input: test.stdin.join('\n'), expected: test.stdout };
    return base;
  });
  return PublicExercise.parse({
    slug: exercise.slug,
    version: exercise.contentHash,
    title: spec.title,
    statement: exercise.statement,
    language: spec.language,
    difficulty: spec.difficulty,
    concepts: spec.concepts,
    starter: exercise.starter,
    tests,
    hiddenTestCount: spec.tests.length - visible.length,
    hintCount: spec.hints.length,
    limits: resolveLimits(spec.limits),
  });
}
