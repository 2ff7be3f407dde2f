import { describe, expect, it } from 'vitest';
import { ExerciseSpec, type ExerciseSpecInput } from '../../contracts/exercise-spec.ts';
import { checkExerciseSpec, type SpecFinding } from './check-exercise-spec.ts';

const name = (en: string) => ({ en, fr: en });
const base: ExerciseSpecInput = {
  title: name('Double'),
  language: 'javascript',
  difficulty: 1,
  concepts: ['functions'],
  entry: 'double',
  tests: [
    { kind: 'function', name: name('Doubles 5'), args: [5], expected: 10 },
    { kind: 'function', name: name('Doubles -3'), hidden: true, args: [-3], expected: -6 },
  ],
  feedback: [{ id: 'adds-two', when: { test: 'doubles-5', actual: 7 }, message: name('Multiply.') }],
  hints: [name('Multiply by 2.')],
  knownWrong: [{ file: 'wrong/adds-two.js', status: 'failed', feedback: ['adds-two'] }],
};
const files = ['statement.en.md', 'statement.fr.md', 'starter.js', 'solution.js', 'wrong/adds-two.js'];

function check(changes: Partial<ExerciseSpecInput>, extraFiles: string[] = []) {
  const raw = { ...base, ...changes };
  return checkExerciseSpec(ExerciseSpec.parse(raw), raw, new Set([...files, ...extraFiles]), 'double');
}
const messages = (findings: SpecFinding[], severity: SpecFinding['severity']) =>
  findings.filter((finding) => finding.severity === severity).map((finding) => finding.message);

describe('checkExerciseSpec', () => {
  it('accepts a complete exercise without a word', () => {
    expect(check({}).findings).toEqual([]);
  });

  it('fills each missing test id from the English name, and keeps the ids a teacher wrote', () => {
    const { spec } = check({
      tests: [
        { kind: 'function', name: name('Empty array → 0'), args: [[]], expected: 0 },
        { kind: 'function', id: 'custom', name: name('Doubles 5'), hidden: true, args: [5], expected: 10 },
      ],
      feedback: [],
      knownWrong: [],
    });
    expect(spec.tests.map((test) => test.id)).toEqual(['empty-array-0', 'custom']);
  });

  it('refuses a rule about a static test, which rules never see', () => {
    const { findings } = check({
      tests: [
        ...(base.tests ?? []),
        {
          kind: 'static',
          id: 'loop',
          name: name('Loop'),
          rule: { uses: 'loop' },
          message: name('Use a loop.'),
        },
      ],
      feedback: [{ id: 'adds-two', when: { test: 'loop' }, message: name('x') }],
    });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', path: ['feedback', 0, 'when', 'test'] }),
    ]);
  });

  it('refuses a test that names no function when the exercise has no entry', () => {
    const { findings } = check({ entry: undefined });
    expect(messages(findings, 'error')).toEqual([
      expect.stringContaining('tests[0] is a function test but names no function to call'),
      expect.stringContaining('tests[1] is a function test but names no function to call'),
    ]);
  });

  it('refuses a function test with both expected and checker', () => {
    const { findings } = check({
      tests: [
        { kind: 'function', name: name('Doubles 5'), args: [5], expected: 10, checker: '(a) => a === 10' },
        ...(base.tests ?? []).slice(1),
      ],
    });
    expect(messages(findings, 'error')).toEqual([
      expect.stringContaining('has both "expected" and "checker"'),
    ]);
  });

  it('refuses file paths that leave the exercise folder', () => {
    const { findings } = check({
      files: { starter: '../secret.js' },
      knownWrong: [{ file: '/etc/passwd', status: 'failed', feedback: [] }],
    });
    expect(messages(findings, 'error')).toEqual([
      expect.stringContaining('"../secret.js" is not a plain path inside the folder'),
      expect.stringContaining('"/etc/passwd" is an absolute path'),
    ]);
  });

  it('suggests the file a teacher probably meant', () => {
    const { findings } = check({
      knownWrong: [{ file: 'wrong/add-two.js', status: 'failed', feedback: [] }],
    });
    expect(messages(findings, 'error')).toEqual([
      'Missing known-wrong solution: create the file double/wrong/add-two.js. Did you mean "wrong/adds-two.js"?',
    ]);
  });

  it('warns about what makes an exercise weaker without breaking it', () => {
    const { findings } = check(
      {
        concepts: [],
        hints: [],
        tests: [{ kind: 'function', name: name('Doubles 5'), args: [5], expected: 10 }],
        feedback: [{ id: 'adds-two', when: {}, message: name('x') }],
      },
      ['wrong/forgotten.js'],
    );
    expect(messages(findings, 'error')).toEqual([]);
    expect(messages(findings, 'warning')).toEqual([
      expect.stringContaining('Feedback rule "adds-two" has no condition'),
      expect.stringContaining('wrong/forgotten.js is not listed under "knownWrong"'),
      expect.stringContaining('No hidden test'),
      expect.stringContaining('No hint'),
      expect.stringContaining('The concept list is empty'),
    ]);
  });
});
