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
    await runConcurrently(5, 1, runBaseline);
    // Rounds alternate the grader and the baseline, so that whatever else the shared machine is doing
    // weighs on both alike and the ratio stays meaningful.
    const sequential: number[] = [];
    const baseSequential: number[] = [];
    let loaded = { count: 0, ms: 0 };
    let baseLoaded = { count: 0, ms: 0 };
    for (let round = 0; round < 5; round++) {
      sequential.push(...(await runConcurrently(100, 1, gradeOnce)).durations);
      baseSequential.push(...(await runConcurrently(12, 1, runBaseline)).durations);
      const ours = await runConcurrently(400, cores * 2, gradeOnce);
      loaded = { count: loaded.count + 400, ms: loaded.ms + ours.elapsedMs };
      const theirs = await runConcurrently(12 * cores, cores, runBaseline);
      baseLoaded = { count: baseLoaded.count + 12 * cores, ms: baseLoaded.ms + theirs.elapsedMs };
    }

    const throughput = (loaded.count / loaded.ms) * 1000;
    const baseThroughput = (baseLoaded.count / baseLoaded.ms) * 1000;
    const overhead = median(sequential);
    const baseMedian = median(baseSequential);
    console.log(`cores: ${cores}, pool size: ${cores}, Node ${process.versions.node}`);
    console.log(
      `grader, one at a time: median ${overhead.toFixed(2)} ms, p95 ${percentile(sequential, 95).toFixed(2)} ms`,
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
