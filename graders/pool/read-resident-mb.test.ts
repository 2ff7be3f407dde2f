import { expect, it } from 'vitest';
import { readResidentMb } from './read-resident-mb.ts';

it('reads the resident memory of a live process', () => {
  const residentMb = readResidentMb(process.pid);
  expect(residentMb).toBeGreaterThan(10);
  expect(residentMb! * 1024 * 1024).toBeLessThanOrEqual(process.memoryUsage.rss() * 1.5);
});

it('says nothing about a process that does not exist', () => {
  expect(readResidentMb(2 ** 30)).toBeUndefined();
});
