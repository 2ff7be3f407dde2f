// A program test: the whole program runs top to bottom in a fresh context, reading the test's stdin,
// and what it printed is compared with the expected output.
import type { JobTest } from './dynamic-job.ts';
import type { JobSession, TestRun } from './job-session.ts';
import { outputMatches } from './output-matches.ts';

type ProgramJobTest = Extract<JobTest, { kind: 'program' }>;

export function runProgramTest(session: JobSession, test: ProgramJobTest): TestRun {
  const meter = session.beginTest();
  const failed = session.runProgram(meter, test.stdin);
  if (failed) return session.finish(meter, failed);
  const passed = outputMatches(meter.output.text, test.stdout, test.compare);
  return session.finish(meter, passed ? { status: 'passed' } : { status: 'failed', reason: 'mismatch' });
}
