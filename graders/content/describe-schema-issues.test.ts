import { describe, expect, it } from 'vitest';
import { ExerciseSpec } from '../../contracts/exercise-spec.ts';
import { describeSchemaIssues } from './describe-schema-issues.ts';

const text = { en: 'a', fr: 'b' };
const valid = { title: text, language: 'javascript', difficulty: 1, entry: 'f', tests: [] as unknown[] };

function problemsWith(changes: Record<string, unknown>) {
  const data = { ...valid, ...changes };
  const parsed = ExerciseSpec.safeParse(data);
  if (parsed.success) throw new Error('expected the data to be invalid');
  return describeSchemaIssues(ExerciseSpec, data, parsed.error.issues, 'exercise.yaml');
}

describe('describeSchemaIssues', () => {
  it('says which translation is missing, at the localized text', () => {
    expect(
      problemsWith({ title: { en: 'Sum' }, tests: [{ kind: 'program', name: text, stdout: '' }] }),
    ).toEqual([
      {
        path: ['title'],
        key: true,
        message: expect.stringMatching(/^Missing French translation \("fr"\) in title/),
      },
    ]);
  });

  it('reads the test kind to find the field a teacher misspelt', () => {
    expect(problemsWith({ tests: [{ kind: 'program', name: text, stdout: '', stdn: ['x'] }] })).toEqual([
      {
        path: ['tests', 0, 'stdn'],
        key: true,
        message: expect.stringContaining('Unknown field "stdn" in tests[0]. Did you mean "stdin"?'),
      },
    ]);
  });

  it('follows nested generators down to the misspelt one', () => {
    const property = { kind: 'property', name: text, args: [{ array: { of: { integr: {} } } }] };
    expect(problemsWith({ tests: [property] })).toEqual([
      {
        path: ['tests', 0, 'args', 0, 'array', 'of', 'integr'],
        key: true,
        message: expect.stringMatching(
          /^tests\[0\]\.args\[0\]\.array\.of must be one of: .*Did you mean "integer"\?$/,
        ),
      },
    ]);
  });

  it('names a missing field whose value is one of a list, and the values it may take', () => {
    const { language: _, ...rest } = valid;
    const withoutLanguage = { ...rest, tests: [{ kind: 'program', name: text, stdout: '' }] };
    const parsed = ExerciseSpec.safeParse(withoutLanguage);
    if (parsed.success) throw new Error('expected the data to be invalid');
    expect(describeSchemaIssues(ExerciseSpec, withoutLanguage, parsed.error.issues, 'exercise.yaml')).toEqual(
      [
        {
          path: [],
          key: true,
          message:
            'Missing field "language" in exercise.yaml: add "language: …" with one of "javascript", "typescript".',
        },
      ],
    );
  });

  it('explains a value that YAML allows but the contract cannot hold', () => {
    expect(problemsWith({ tests: [{ kind: 'function', name: text, expected: Number.NaN }] })).toEqual([
      { path: ['tests', 0, 'expected'], message: expect.stringContaining('cannot be the number NaN') },
    ]);
  });

  it('turns a bad id into the slug it should have been', () => {
    const rule = { id: 'Off By One', when: {}, message: text };
    expect(problemsWith({ tests: [{ kind: 'program', name: text, stdout: '' }], feedback: [rule] })).toEqual([
      { path: ['feedback', 0, 'id'], message: expect.stringContaining('Did you mean "off-by-one"?') },
    ]);
  });

  it('says when a list is too short', () => {
    expect(problemsWith({})).toEqual([{ path: ['tests'], message: 'tests must have at least 1 item.' }]);
  });
});
