// How one worker process is started and stopped. Each worker leads its own process group, so that a kill
// reaches anything it started and cannot be dodged by the child; SIGKILL because a process stuck inside
// isolated-vm (or in V8, in a loop the isolate's timeout cannot interrupt) handles no gentler signal.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lowerAutogroup } from './lower-autogroup.ts';

/** Enough of stderr to hold V8's fatal-error banner, which is what tells a memory bomb from a crash. */
const stderrTailBytes = 4096;

export interface SpawnedWorker {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Settles once the process has exited and its IPC channel and stderr are drained. */
  readonly closed: Promise<{ signal: NodeJS.Signals | null }>;
  /** The last few KB the process wrote to stderr. */
  stderrTail(): string;
  /** SIGKILL the whole process group; harmless if it is already gone. */
  killGroup(): void;
}

// If the parent dies, even by SIGKILL, the kernel kills the worker too: a worker stuck where isolated-vm
// cannot stop it would otherwise spin forever as an orphan, unseen by the restarted server. setpriv (from
// util-linux, on every Debian) sets that before exec'ing Node, at the cost of one exec per worker start.
const setpriv = '/usr/bin/setpriv';
const dieWithParent = process.platform === 'linux' && existsSync(setpriv);
// `nice` (coreutils) lowers the priority before Node starts, so every thread it will create inherits it;
// os.setPriority after the spawn would reach the main thread only, and race with the others' creation.
const nice = '/usr/bin/nice';
const canNice = existsSync(nice);

export function spawnWorker(
  module: string,
  serialization: 'json' | 'advanced',
  priority: { niceness: number; groupNiceness: number } = { niceness: 0, groupNiceness: 0 },
): SpawnedWorker {
  const { niceness, groupNiceness } = priority;
  // isolated-vm cannot run in a process started from Node's startup snapshot.
  const node = [process.execPath, '--no-node-snapshot', '--disable-warning=ExperimentalWarning', module];
  const niced = niceness > 0 && canNice ? [nice, '-n', String(niceness), ...node] : node;
  const [command, ...args] = dieWithParent ? [setpriv, '--pdeathsig', 'KILL', '--', ...niced] : niced;
  const child = spawn(
    command as string,
    args,
    // Nobody reads a worker's stdout, and an unread pipe would block it once full.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization },
  );
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-stderrTailBytes);
  });
  const closed = new Promise<{ signal: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (_code, signal) => resolve({ signal }));
    // spawn itself failed (no pid, no 'close' in some versions): nothing more will come.
    child.once('error', () => {
      if (child.pid === undefined) resolve({ signal: null });
    });
  });
  const pid = child.pid ?? -1;
  // Being a session leader (detached), the worker heads a scheduling group of its own: its nice value
  // only means something once that group has it too (lower-autogroup.ts).
  if (groupNiceness > 0) void lowerAutogroup(pid, groupNiceness);
  return {
    child,
    pid,
    closed,
    stderrTail: () => tail,
    killGroup() {
      if (pid <= 0 || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // ESRCH: it died between the check and the kill.
      }
    },
  };
}
