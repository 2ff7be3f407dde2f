// The grader's overhead per submission: a 10-test function exercise with trivial learner code, so the
// time measured is ours (pool round trip, fresh isolate, harness, comparisons, result assembly).
// Baseline in the same run: the same submissions, each run by a fresh `node` process, which is what a
// simple autograder does.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Exercise } from '../contracts/exercise.ts';
import { ExerciseSpec } from '../contracts/exercise-spec.ts';
import { createGrader } from '../graders/create-grader.ts';
import { median, percentile, runConcurrently } from './stats.ts';

export const learnerCode = 'function add(a, b) {\n  return a + b;\n}\n';

export function benchExercise(): Exercise {
  const spec = ExerciseSpec.parse({
    title: { en: 'Add', fr: 'Addition' },
    language: 'javascript',
    difficulty: 1,
    entry: 'add',
    tests: Array.from({ length: 10 }, (_, i) => ({
      kind: 'function',
      id: `add-${i}`,
      name: { en: `adds ${i} and ${i * 2}`, fr: `ajoute ${i} et ${i * 2}` },
      args: [i, i * 2],
      expected: i * 3,
      hidden: i >= 7,
    })),
  });
  return {
    slug: 'bench-add',
    spec,
    statement: { en: 'Add.', fr: 'Ajoute.' },
    starter: '',
    solution: learnerCode,
    knownWrong: [],
    contentHash: createHash('sha256').update(JSON.stringify(spec)).digest('hex'),
  };
}

/** What a process-per-submission grader runs: the learner's code, then each test, results as JSON. */
const baselineScript = `
const tests = ${JSON.stringify(Array.from({ length: 10 }, (_, i) => ({ args: [i, i * 2], expected: i * 3 })))};
${learnerCode}
const results = tests.map((t) => {
  try { return { passed: Object.is(add(...t.args), t.expected) }; } catch (e) { return { passed: false, error: String(e) }; }
});
process.stdout.write(JSON.stringify(results));
`;

function runBaseline(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', baselineScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const results = JSON.parse(out) as { passed: boolean }[];
      if (code !== 0 || results.length !== 10 || !results.every((r) => r.passed))
        reject(new Error('baseline failed'));
      else resolve();
    });
  });
}

export async function benchGrader(): Promise<void> {
  const cores = availableParallelism();
  const exercise = benchExercise();
  const grader = createGrader({ size: cores });
  const gradeOnce = async () => {
    const result = await grader.grade(exercise, learnerCode);
    if (result.status !== 'passed')
      throw new Error(`bench submission did not pass: ${JSON.stringify(result)}`);
  };
  try {
    await runConcurrently(100, cores, gradeOnce); // warm-up: workers forked, code paths compiled
    const sequential = await runConcurrently(500, 1, gradeOnce);
    const loaded = await runConcurrently(2000, cores * 2, gradeOnce);

    await runConcurrently(10, 1, runBaseline);
    const baseSequential = await runConcurrently(60, 1, runBaseline);
    const baseLoaded = await runConcurrently(120, cores, runBaseline);

    const throughput = (loaded.durations.length / loaded.elapsedMs) * 1000;
    const baseThroughput = (baseLoaded.durations.length / baseLoaded.elapsedMs) * 1000;
    const overhead = median(sequential.durations);
    const baseMedian = median(baseSequential.durations);
    console.log(`cores: ${cores}, pool size: ${cores}, Node ${process.versions.node}`);
    console.log(
      `grader, one at a time: median ${overhead.toFixed(2)} ms, p95 ${percentile(sequential.durations, 95).toFixed(2)} ms`,
    );
    console.log(`grader, all cores: ${throughput.toFixed(0)} submissions/s`);
    console.log(`process per submission, one at a time: median ${baseMedian.toFixed(2)} ms`);
    console.log(`process per submission, all cores: ${baseThroughput.toFixed(0)} submissions/s`);
    console.log(`throughput ratio on all cores: ${(throughput / baseThroughput).toFixed(1)}x`);
    // R compares medians one submission at a time: what a learner waits for, beyond their own code's time.
    console.log(
      `grader: ${throughput.toFixed(0)} submissions/s, overhead median ${overhead.toFixed(2)} ms, ${(baseMedian / overhead).toFixed(1)}x faster than a process per submission`,
    );
  } finally {
    await grader.close();
  }
}
