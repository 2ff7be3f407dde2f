import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lowerAutogroup } from './lower-autogroup.ts';

const hasAutogroup = process.platform === 'linux' && existsSync('/proc/self/autogroup');

describe('lowerAutogroup', () => {
  it.runIf(hasAutogroup)("sets the nice value of a session leader's scheduling group", async () => {
    const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
    try {
      const pid = child.pid!;
      expect(await lowerAutogroup(pid, 7)).toBe(true);
      // "/autogroup-<id> nice <n>", and a group of its own, not this process's.
      expect(readFileSync(`/proc/${pid}/autogroup`, 'utf8')).toMatch(/ nice 7$/m);
      expect(readFileSync(`/proc/${pid}/autogroup`, 'utf8').split(' ')[0]).not.toBe(
        readFileSync('/proc/self/autogroup', 'utf8').split(' ')[0],
      );
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('does nothing, and says so, for no niceness or a process that is gone', async () => {
    expect(await lowerAutogroup(process.pid, 0)).toBe(false);
    expect(await lowerAutogroup(2 ** 22 + 1, 5)).toBe(false);
  });
});
