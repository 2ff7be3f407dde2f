import { expect, it } from 'vitest';
import { isMemoryFatal } from './is-memory-fatal.ts';

it('recognises the fatal errors V8 prints when it runs out of memory', () => {
  // As printed by Node 24 for `'ab'.repeat(2 ** 27).split('')` and for a full old space.
  expect(isMemoryFatal('#\n# Fatal error in , line 0\n# Fatal JavaScript invalid size error 268435456')).toBe(
    true,
  );
  expect(
    isMemoryFatal('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'),
  ).toBe(true);
  expect(isMemoryFatal('# Fatal process out of memory: Zone')).toBe(true);
});

it('does not mistake other crashes for memory', () => {
  expect(isMemoryFatal('')).toBe(false);
  expect(isMemoryFatal('Segmentation fault (core dumped)')).toBe(false);
  expect(isMemoryFatal('RangeError: Invalid array length')).toBe(false);
});
