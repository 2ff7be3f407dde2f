import { describe, expect, it } from 'vitest';
import { toLearnerError } from './learner-error.ts';

describe('toLearnerError', () => {
  it('points at the first frame in the learner file and keeps only those frames', () => {
    const error = toLearnerError(
      {
        name: 'TypeError',
        message: "Cannot read properties of undefined (reading 'c')",
        stack: [
          "TypeError: Cannot read properties of undefined (reading 'c')",
          '    at Array.map (<anonymous>)',
          '    at helper (main.js:7:14)',
          '    at solve (main.js:2:3)',
          '    at other.js:1:1',
        ].join('\n'),
      },
      'main.js',
    );
    expect(error.location).toEqual({ line: 7, column: 14 });
    expect(error.stack).toBe(
      "TypeError: Cannot read properties of undefined (reading 'c')\n    at helper (main.js:7:14)\n    at solve (main.js:2:3)",
    );
  });

  it('reads frames without a function name', () => {
    expect(
      toLearnerError({ name: 'Error', message: 'x', stack: 'Error: x\n    at main.ts:3:9' }, 'main.ts')
        .location,
    ).toEqual({
      line: 3,
      column: 9,
    });
  });

  it('has no location when no frame is in the learner file, and no stack when none was read', () => {
    const error = toLearnerError({ name: 'Uncaught', message: '5' }, 'main.js');
    expect(error).toEqual({ name: 'Uncaught', message: '5' });
    expect(
      toLearnerError({ name: 'E', message: '', stack: 'E\n    at x (evil.js:1:1)' }, 'main.js').location,
    ).toBeUndefined();
  });

  it('is not fooled by a function named like a location', () => {
    const stack = 'Error: x\n    at Object.main.js:1:1 (main.js:4:2)';
    expect(toLearnerError({ name: 'Error', message: 'x', stack }, 'main.js').location).toEqual({
      line: 4,
      column: 2,
    });
  });
});
