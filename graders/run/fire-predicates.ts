// The teacher's predicate rules, `({ args, actual, expected, output, status, error }) => boolean`, asked
// about a test that did not pass. They run in the teacher's context, on copies; one that throws, loops
// or answers anything but true does not fire.
import type { EncodedValue } from '../../contracts/encoded-value.ts';
import type { JobPredicate, JobTest } from './dynamic-job.ts';
import type { JobSession, TestRun } from './job-session.ts';

export function predicatesFor(
  predicates: readonly JobPredicate[],
  test: JobTest,
  run: TestRun,
): JobPredicate[] {
  if (run.status === 'passed' || run.status === 'skipped') return [];
  return predicates.filter((predicate) => predicate.testId === undefined || predicate.testId === test.id);
}

export function firePredicates(session: JobSession, test: JobTest, run: TestRun): string[] {
  const applicable = predicatesFor(session.job.predicates, test, run);
  if (applicable.length === 0) return [];
  const undefinedValue: EncodedValue = { $: 'undefined' };
  const facts: EncodedValue = {
    $: 'object',
    entries: [
      ['args', { $: 'array', items: run.args ?? [] }],
      ['argsAfter', { $: 'array', items: run.argsAfter ?? run.args ?? [] }],
      // `=== undefined`, not `??`: an encoded JavaScript null is the value null, and must stay so.
      ['actual', run.actual === undefined ? undefinedValue : run.actual],
      ['expected', run.expected === undefined ? undefinedValue : run.expected],
      ['output', run.output],
      ['status', run.status],
      [
        'error',
        run.error
          ? {
              $: 'object',
              entries: [
                ['name', run.error.name],
                ['message', run.error.message],
              ],
            }
          : undefinedValue,
      ],
    ],
  };
  const fired: string[] = [];
  for (const predicate of applicable) {
    // A predicate that killed the isolate leaves the rest unasked rather than wait for a new one.
    if (!session.sandbox.alive) break;
    const answer = session.teacher().callTeacher(predicate.source, [facts], session.job.limits.cpuMsPerTest);
    if (answer.kind === 'value' && answer.value === true) fired.push(predicate.ruleId);
  }
  return fired;
}
