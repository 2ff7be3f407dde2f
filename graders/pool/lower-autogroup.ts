// A worker leads its own session (spawn's `detached`), and on Linux with autogroup scheduling (Debian's
// default) a new session is a new scheduling group: the kernel first shares the CPU fairly between
// groups, and only then, inside a group, by nice value. So a worker's `nice 10` counted for nothing
// against the server: each worker weighed as much as the whole server process, and under a grading load
// the server's thread waited a third of its time for a core (measured with /proc/<pid>/task/*/schedstat
// during `npm run bench -- http`). Giving the worker's group the same nice value restores what the nice
// value meant. See sched(7), "The autogroup feature".
import { writeFile } from 'node:fs/promises';

/** The kernel accepts one autogroup nice change per 100 ms from an unprivileged process (EAGAIN). */
const retryMs = 120;
const maxTries = 5;

/**
 * Sets the nice value of the autogroup that `pid` leads. Resolves with whether it was set: false where
 * there is no autogroup (not Linux, a kernel without it) or it is not permitted, which only makes
 * grading compete more with the server.
 */
export async function lowerAutogroup(pid: number, niceness: number): Promise<boolean> {
  if (process.platform !== 'linux' || niceness <= 0 || pid <= 0) return false;
  for (let tries = 1; ; tries++) {
    try {
      await writeFile(`/proc/${pid}/autogroup`, String(niceness));
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EAGAIN' || tries >= maxTries) return false;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}
