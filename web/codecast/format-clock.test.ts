import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from './format-clock.ts';

describe('player times', () => {
  it('are shown as minutes and seconds, with hours when needed', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_999)).toBe('1:05');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('are read back from what a teacher types', () => {
    expect(parseClock('1:05.3')).toBe(65_300);
    expect(parseClock('65')).toBe(65_000);
    expect(parseClock(' 0:00 ')).toBe(0);
    expect(parseClock('1:02:03')).toBe(3_723_000);
    expect(parseClock('1:75')).toBeNull();
    expect(parseClock('1:60:00')).toBeNull();
    expect(parseClock('abc')).toBeNull();
    expect(parseClock('')).toBeNull();
  });
});
