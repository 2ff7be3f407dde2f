// A server killed with SIGKILL must not leave its sandbox processes behind, spinning where isolated-vm
// cannot stop them: the kernel kills them with their parent.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const owner = fileURLToPath(new URL('./test-workers/pool-owner.ts', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it.runIf(process.platform === 'linux')(
  'kills the workers when their parent is killed with SIGKILL',
  async () => {
    const parent = spawn(process.execPath, [owner], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(parent.stdout, 'data')) as [Buffer];
    const pids = JSON.parse(line.toString()) as number[];
    expect(pids).toHaveLength(2);
    expect(pids.every(alive)).toBe(true);

    parent.kill('SIGKILL');
    await once(parent, 'exit');
    await expect.poll(() => pids.filter(alive), { timeout: 5_000, interval: 20 }).toEqual([]);
  },
);
