// The teacher's quickest loop, run as a teacher runs it: a real process, real exit codes.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GradeResult } from '../../contracts/grade-result.ts';

const root = path.join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

async function exo(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--no-node-snapshot', '--disable-warning=ExperimentalWarning', 'graders/cli/exo.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('exo grade', () => {
  it('prints the result contract as JSON and exits 0 for a wrong solution', async () => {
    const { code, stdout } = await exo(
      'grade',
      'exercises/sum-of-array',
      'exercises/sum-of-array/wrong/less-or-equal.js',
      '--json',
    );
    expect(code).toBe(0);
    const result = GradeResult.parse(JSON.parse(stdout));
    expect(result.status).toBe('failed');
    expect(result.feedback.map((message) => message.ruleId)).toContain('off-by-one');
  });

  it('prints a readable verdict in French on request', async () => {
    const { code, stdout } = await exo(
      'grade',
      'exercises/sum-of-array',
      'exercises/sum-of-array/solution.js',
      '--lang',
      'fr',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^PASSED\s+7\/7 points/m);
    expect(stdout).toContain('La somme d');
  });

  it('exits 2 with the usage when a file is missing or an option is unknown', async () => {
    const missing = await exo('grade', 'exercises/sum-of-array', 'no-such-file.js');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the source file no-such-file.js');
    const unknown = await exo('grade', 'exercises/sum-of-array', 'x.js', '--colour');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage: exo grade');
  });

  it('exits 2 and names the file and line when the exercise itself is broken', async () => {
    const { code, stdout } = await exo(
      'grade',
      'tests/fixtures/content/broken/unknown-field',
      'exercises/sum-of-array/solution.js',
    );
    expect(code).toBe(2);
    expect(stdout).toMatch(/error: tests\/fixtures\/content\/broken\/unknown-field\/exercise\.yaml:\d+/);
  });
});
