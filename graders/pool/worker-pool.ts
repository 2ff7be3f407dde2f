// The parent side of grading: a few pre-forked worker processes, kept warm, each running one job at a time.
// Learner code runs in isolated-vm inside them, yet a one-line submission can still defeat the isolate's
// timeout, abort V8, or grow the process far past the isolate's memoryLimit (docs/decisions/003). So the
// parent trusts nothing a worker says without parsing it, watches its wall clock and resident memory, and
// SIGKILLs its process group when it must. Whatever happens, every job gets one outcome per test or a
// typed error of ours, and a dead worker is replaced.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Limits } from '../../contracts/limits.ts';
import { type DynamicJob, type TestOutcome, WorkerMessage } from '../run/dynamic-job.ts';
import { isMemoryFatal } from './is-memory-fatal.ts';
import { createJobProgress, type DeathVerdict, type JobProgress } from './job-progress.ts';
import { GraderFaultError, PoolClosedError, PoolOverloadedError } from './pool-errors.ts';
import { readResidentMb } from './read-resident-mb.ts';
import { type SpawnedWorker, spawnWorker } from './spawn-worker.ts';

export interface WorkerPoolOptions {
  /** Worker processes kept warm; one per core by default, since a job is CPU-bound. */
  size?: number;
  /** Path of the module each worker runs; tests pass fake workers. */
  workerModule?: string;
  /** Jobs a worker runs before it is replaced, so that slow leaks (isolates, caches) cannot pile up. */
  jobsPerWorker?: number;
  /** Resident memory a worker may reach while running a job, in MB, from the job's limits. */
  memoryCeilingMb?: (limits: Limits) => number;
  /** How often a busy worker's resident memory is read, in ms. */
  rssPollMs?: number;
  /** Added to a test's wall-clock limit before the worker is killed; the runner's own timeout goes first. */
  wallGraceMs?: number;
  /** Jobs that may wait for a worker; past that, `run` rejects with PoolOverloadedError. */
  maxQueued?: number;
  /** A worker that has not said `ready` by then is killed and counted as a failed start, in ms. */
  readyTimeoutMs?: number;
  /** How messages cross the IPC channel; 'json' is as fast for ours and carries plain data only (see 003). */
  serialization?: 'json' | 'advanced';
  /**
   * Added to the workers' nice value (0–19). A server sets it so that answering requests (a 202, a page)
   * goes before grading, which is asynchronous anyway: in a rush the queue grows instead of the latency
   * of every request (docs/decisions/007-grading-queue.md).
   */
  niceness?: number;
  /**
   * The nice value of each worker's scheduling group (pool/lower-autogroup.ts). Unlike `niceness` it is
   * not added to anything: a caller already niced (the grader thread) passes the whole value here and
   * only the rest in `niceness`. Defaults to `niceness`.
   */
  groupNiceness?: number;
  /** Faults of ours that no job can carry (an idle worker died or misbehaved); stderr by default. */
  onFault?: (error: GraderFaultError) => void;
}

export interface WorkerPool {
  /** One outcome per test of the job, in order; rejects only with a typed error of ours, or onMessage's. */
  run(job: DynamicJob, onMessage?: (message: WorkerMessage) => void): Promise<TestOutcome[]>;
  /** Kills every worker, rejects every job not yet finished, and settles once all processes are gone. */
  close(): Promise<void>;
  /** Process ids of the workers alive now, including ones starting or being retired. */
  workerPids(): number[];
}

/**
 * The resident-memory ceiling: the isolate's own heap limit several times over (array buffers, V8's
 * tables and fragmentation live outside it), plus what Node and isolated-vm need when idle.
 */
export const defaultMemoryCeilingMb = (limits: Limits): number => limits.memoryMb * 4 + 256;

const defaultWorkerModule = fileURLToPath(new URL('./worker-process.ts', import.meta.url));

type KillReason = 'timeout' | 'memory' | 'fault' | 'retire' | 'close' | 'start';

interface Task {
  job: DynamicJob;
  onMessage: ((message: WorkerMessage) => void) | undefined;
  resolve: (outcomes: TestOutcome[]) => void;
  reject: (error: Error) => void;
  progress?: JobProgress;
  settled: boolean;
}

interface PooledWorker {
  spawned: SpawnedWorker;
  state: 'starting' | 'idle' | 'busy' | 'dying';
  /** It said `ready` once; a worker that dies before that failed to start, whatever killed it. */
  wasReady: boolean;
  jobsStarted: number;
  /** Its successor was already started; it is killed once its current job is done. */
  retiring: boolean;
  killReason?: KillReason;
  task?: Task;
  readyTimer?: NodeJS.Timeout;
  /** Re-armed at every sign of progress: a worker silent for longer than a test may take is hung. */
  progressTimer?: NodeJS.Timeout;
  jobTimer?: NodeJS.Timeout;
  rssTimer?: NodeJS.Timeout;
}

export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const size = Math.max(1, options.size ?? availableParallelism());
  const workerModule = options.workerModule ?? defaultWorkerModule;
  const jobsPerWorker = Math.max(1, options.jobsPerWorker ?? 1_000);
  const memoryCeilingMb = options.memoryCeilingMb ?? defaultMemoryCeilingMb;
  const rssPollMs = options.rssPollMs ?? 20;
  const wallGraceMs = options.wallGraceMs ?? 300;
  const maxQueued = options.maxQueued ?? 100;
  const readyTimeoutMs = options.readyTimeoutMs ?? 10_000;
  const serialization = options.serialization ?? 'json';
  const niceness = options.niceness ?? 0;
  const groupNiceness = options.groupNiceness ?? niceness;
  const onFault = options.onFault ?? ((error) => console.error(error));

  const workers = new Set<PooledWorker>();
  /** Most recently used last: the next job goes to the warmest worker. */
  const idle: PooledWorker[] = [];
  const queue: Task[] = [];
  let closing: Promise<void> | undefined;
  /** Failed starts in a row: a worker that cannot start will not start on a tight loop either. */
  let failedStarts = 0;
  let nextStartAt = 0;
  let respawnTimer: NodeJS.Timeout | undefined;

  // Workers lead their own process groups, so they would outlive a parent that exits without close().
  const killAllOnExit = () => {
    for (const worker of workers) worker.spawned.killGroup();
  };
  process.on('exit', killAllOnExit);

  function replenish(): void {
    if (closing || respawnTimer) return;
    let serving = 0;
    for (const worker of workers) if (worker.state !== 'dying' && !worker.retiring) serving++;
    if (serving >= size) return;
    const wait = nextStartAt - performance.now();
    if (wait > 0) {
      respawnTimer = setTimeout(() => {
        respawnTimer = undefined;
        replenish();
      }, wait).unref();
      return;
    }
    for (let i = serving; i < size; i++) startWorker();
  }

  function startWorker(): void {
    const worker: PooledWorker = {
      spawned: spawnWorker(workerModule, serialization, { niceness, groupNiceness }),
      state: 'starting',
      wasReady: false,
      jobsStarted: 0,
      retiring: false,
    };
    workers.add(worker);
    worker.readyTimer = setTimeout(() => kill(worker, 'start'), readyTimeoutMs);
    worker.readyTimer.unref();
    worker.spawned.child.on('message', (raw: unknown) => onMessage(worker, raw));
    void worker.spawned.closed.then(({ signal }) => onClosed(worker, signal));
  }

  function onMessage(worker: PooledWorker, raw: unknown): void {
    if (worker.state === 'dying') return;
    const problem = handleMessage(worker, raw);
    if (problem) protocolFault(worker, problem);
  }

  /** Acts on one message from a worker; returns how it broke the protocol, if it did. */
  function handleMessage(worker: PooledWorker, raw: unknown): string | undefined {
    const parsed = WorkerMessage.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return `a malformed message (${issue?.path.join('.')}: ${issue?.message})`;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      if (worker.state !== 'starting') return '"ready" twice';
      clearTimeout(worker.readyTimer);
      failedStarts = 0;
      worker.wasReady = true;
      worker.state = 'idle';
      idle.push(worker);
      dispatch();
      return undefined;
    }
    const task = worker.task;
    if (!task?.progress || message.jobId !== task.job.jobId)
      return `a "${message.type}" for job ${message.jobId}, not the one it runs`;
    const now = performance.now();
    switch (message.type) {
      case 'test-start': {
        const problem = task.progress.start(message.index, now);
        if (problem) return problem;
        worker.progressTimer?.refresh();
        break;
      }
      case 'test-done': {
        const problem = task.progress.finish(message.outcome, now);
        if (problem) return problem;
        worker.progressTimer?.refresh();
        break;
      }
      case 'job-done':
        if (!task.progress.isComplete())
          return `"job-done" before every test of job ${task.job.jobId} was reported`;
        if (forward(worker, task, message)) {
          settle(task, () => task.resolve(task.progress!.outcomes()));
          finishJob(worker);
        }
        return undefined;
      case 'fault': {
        forward(worker, task, message);
        const error = new GraderFaultError(
          `the worker failed running job ${task.job.jobId}: ${message.message}`,
        );
        settle(task, () => task.reject(error));
        kill(worker, 'fault');
        return undefined;
      }
    }
    forward(worker, task, message);
    return undefined;
  }

  /** Passes a message on to the caller; false if the caller threw, which fails the job as our fault. */
  function forward(worker: PooledWorker, task: Task, message: WorkerMessage): boolean {
    if (!task.onMessage) return true;
    try {
      task.onMessage(message);
      return true;
    } catch (error) {
      settle(task, () => task.reject(error instanceof Error ? error : new GraderFaultError(String(error))));
      kill(worker, 'fault');
      return false;
    }
  }

  function protocolFault(worker: PooledWorker, what: string): void {
    const error = new GraderFaultError(`worker ${worker.spawned.pid} broke the protocol: ${what}`);
    const task = worker.task;
    if (task && !task.settled) settle(task, () => task.reject(error));
    else onFault(error);
    kill(worker, 'fault');
  }

  function dispatch(): void {
    while (queue.length > 0 && idle.length > 0) startJob(idle.shift()!, queue.shift()!);
  }

  function startJob(worker: PooledWorker, task: Task): void {
    const { job } = task;
    const now = performance.now();
    worker.state = 'busy';
    worker.task = task;
    task.progress = createJobProgress(job, now);
    worker.jobsStarted++;
    if (worker.jobsStarted >= jobsPerWorker) {
      // Its successor warms up while this last job runs, so no job waits for a cold start.
      worker.retiring = true;
      replenish();
    }

    const testMs = job.limits.wallMsPerTest + wallGraceMs;
    worker.progressTimer = setTimeout(() => kill(worker, 'timeout'), testMs).unref();
    // Progress resets the timer above; this bounds a worker that keeps making "progress" forever.
    worker.jobTimer = setTimeout(() => kill(worker, 'timeout'), testMs * (job.tests.length + 1)).unref();
    const ceilingMb = memoryCeilingMb(job.limits);
    const pid = worker.spawned.pid;
    worker.rssTimer = setInterval(() => {
      const residentMb = readResidentMb(pid);
      if (residentMb !== undefined && residentMb > ceilingMb) kill(worker, 'memory');
    }, rssPollMs).unref();

    worker.spawned.child.send(job, (error) => {
      // The channel closed before the job left: the worker never saw it, so it goes back to the front.
      if (error && worker.task === task && !task.settled) {
        worker.task = undefined;
        task.progress = undefined;
        queue.unshift(task);
        onFault(new GraderFaultError(`worker ${pid} was gone before it could take job ${job.jobId}`));
        kill(worker, 'fault');
      }
    });
  }

  function finishJob(worker: PooledWorker): void {
    stopWatchdogs(worker);
    worker.task = undefined;
    if (worker.retiring) {
      kill(worker, 'retire');
      return;
    }
    worker.state = 'idle';
    idle.push(worker);
    dispatch();
  }

  function stopWatchdogs(worker: PooledWorker): void {
    clearTimeout(worker.progressTimer);
    clearTimeout(worker.jobTimer);
    clearInterval(worker.rssTimer);
  }

  function kill(worker: PooledWorker, reason: KillReason): void {
    if (worker.state === 'dying') return;
    worker.state = 'dying';
    worker.killReason = reason;
    stopWatchdogs(worker);
    clearTimeout(worker.readyTimer);
    removeIdle(worker);
    worker.spawned.killGroup();
  }

  function removeIdle(worker: PooledWorker): void {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  }

  function onClosed(worker: PooledWorker, signal: NodeJS.Signals | null): void {
    const wasStarting = !worker.wasReady;
    const reason = worker.killReason;
    stopWatchdogs(worker);
    clearTimeout(worker.readyTimer);
    removeIdle(worker);
    worker.state = 'dying';
    workers.delete(worker);

    const task = worker.task;
    worker.task = undefined;
    if (task && !task.settled) {
      if (closing) settle(task, () => task.reject(new PoolClosedError('the worker pool was closed')));
      else {
        const outcomes = task.progress!.outcomesAfterDeath(
          deathVerdict(reason, signal, worker.spawned.stderrTail()),
          performance.now(),
        );
        settle(task, () => task.resolve(outcomes));
      }
    } else if (!closing && !wasStarting && reason === undefined) {
      onFault(new GraderFaultError(`idle worker ${worker.spawned.pid} died${stderrNote(worker)}`));
    }

    if (closing) return;
    if (wasStarting) failStart(worker, reason);
    replenish();
    dispatch();
  }

  function failStart(worker: PooledWorker, reason: KillReason | undefined): void {
    failedStarts++;
    nextStartAt = performance.now() + Math.min(5_000, 50 * 2 ** failedStarts);
    const what =
      reason === 'start'
        ? `did not say ready within ${readyTimeoutMs} ms`
        : reason === 'fault'
          ? 'broke the protocol before it was ready'
          : 'exited before it was ready';
    const error = new GraderFaultError(`a worker (${workerModule}) ${what}${stderrNote(worker)}`);
    const anyReady = [...workers].some((w) => w.state === 'idle' || w.state === 'busy');
    // With no worker able to take the queued jobs, they fail now rather than wait forever.
    if (!anyReady) for (const task of queue.splice(0)) settle(task, () => task.reject(error));
    onFault(error);
  }

  function stderrNote(worker: PooledWorker): string {
    const tail = worker.spawned.stderrTail().trim();
    return tail ? `; its stderr ended with:\n${tail.slice(-1000)}` : '';
  }

  function settle(task: Task, how: () => void): void {
    if (task.settled) return;
    task.settled = true;
    how();
  }

  replenish();

  return {
    run(job, onMessage) {
      if (closing) return Promise.reject(new PoolClosedError('the worker pool is closed'));
      if (queue.length >= maxQueued && idle.length === 0)
        return Promise.reject(
          new PoolOverloadedError(`${queue.length} jobs are already waiting for a worker`),
        );
      return new Promise<TestOutcome[]>((resolve, reject) => {
        queue.push({ job, onMessage, resolve, reject, settled: false });
        dispatch();
      });
    },
    close() {
      closing ??= (async () => {
        clearTimeout(respawnTimer);
        const error = new PoolClosedError('the worker pool was closed');
        for (const task of queue.splice(0)) settle(task, () => task.reject(error));
        const gone = [...workers].map((worker) => {
          if (worker.task) {
            const task = worker.task;
            settle(task, () => task.reject(error));
          }
          kill(worker, 'close');
          return worker.spawned.closed;
        });
        await Promise.all(gone);
        process.off('exit', killAllOnExit);
      })();
      return closing;
    },
    workerPids: () => [...workers].map((worker) => worker.spawned.pid),
  };
}

/** What a worker's death during a job means for the test it was running. */
function deathVerdict(
  reason: KillReason | undefined,
  signal: NodeJS.Signals | null,
  stderrTail: string,
): DeathVerdict {
  if (reason === 'timeout' || reason === 'memory') return reason;
  if (isMemoryFatal(stderrTail)) return 'memory';
  // Nobody here sent it: the kernel's OOM killer (or a cgroup's memory.max) is what SIGKILLs unasked.
  if (reason === undefined && signal === 'SIGKILL') return 'memory';
  return 'error';
}
