// An open-loop load at a steady rate: request i is due at start + i / rate, sent when due whatever the
// server is doing, and its latency counts from when it was due (so a stalled server cannot hide its
// stall by slowing the client down: no coordinated omission). autocannon's own `overallRate` is not this:
// each connection sends its per-second quota as fast as it can at the top of every second, then waits,
// so "half rate" becomes full-rate bursts (node_modules/autocannon/lib/httpClient.js, `reqsMadeThisSecond`).
//
// The client runs in a process of its own (bench/paced-client.ts), with single-threaded GC: in the bench's
// process its collections waited for V8's helper threads on a machine whose two cores the server already
// fills, and paused it 20–40 ms at a time, which counted as the server's latency. It also reports its own
// event-loop stalls, so a run can tell the client's hiccups from the server's.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { percentile } from './stats.ts';

export interface PacedPlan {
  origin: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Request i is sent as `Authorization: Bearer tokens[i % tokens.length]`. */
  tokens: string[];
  rate: number;
  seconds: number;
  /**
   * Sent first at the same pace and not counted: a fresh client process opens its connections and
   * compiles its code in its first second, and its own slowness then counted as the server's.
   */
  warmUpSeconds: number;
}

export interface PacedResult {
  sent: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
  /** The first few errors' messages, to tell a refused connection from a reset or a timeout. */
  errorMessages: string[];
  /** The client's own longest event-loop stall, in ms: what it may have added to the latencies. */
  clientStallMs: number;
}

/** Runs the plan from a fresh client process. */
export function pacedLoad(plan: PacedPlan): Promise<PacedResult> {
  const child = fork(new URL('./paced-client.ts', import.meta.url), {
    execArgv: ['--single-threaded-gc', '--disable-warning=ExperimentalWarning'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result: PacedResult) => resolve(result));
    child.once('exit', (code) => reject(new Error(`the paced client exited (${code}) without a result`)));
    child.send(plan);
  }).finally(() => child.kill()) as Promise<PacedResult>;
}

/** Runs the plan in this process (the client process's side). */
export async function runPacedPlan(plan: PacedPlan): Promise<PacedResult> {
  const url = new URL(plan.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const warmUp = Math.floor(plan.rate * plan.warmUpSeconds);
  const total = warmUp + Math.floor(plan.rate * plan.seconds);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const errorMessages: string[] = [];
  const pending: Promise<void>[] = [];
  let clientStallMs = 0;
  let lastTick = performance.now();
  let counting = false;
  const watch = setInterval(() => {
    const now = performance.now();
    if (counting) clientStallMs = Math.max(clientStallMs, now - lastTick - 5);
    lastTick = now;
  }, 5);
  const start = performance.now();

  const send = (i: number, dueAt: number) =>
    new Promise<void>((resolve) => {
      const headers = {
        ...plan.headers,
        authorization: `Bearer ${plan.tokens[i % plan.tokens.length]}`,
      };
      const req = request(
        { host: url.hostname, port: url.port, method: plan.method, path: plan.path, headers, agent },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (i >= warmUp) latencies.push(performance.now() - dueAt);
            const code = String(response.statusCode);
            statuses[code] = (statuses[code] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        errors++;
        if (errorMessages.length < 5)
          errorMessages.push(`request ${i}: ${error.code ?? ''} ${error.message}`);
        resolve();
      });
      req.end(plan.body);
    });

  let i = 0;
  while (i < total) {
    const now = performance.now();
    counting = i >= warmUp;
    while (i < total && start + (i * 1000) / plan.rate <= now) {
      pending.push(send(i, start + (i * 1000) / plan.rate));
      i++;
    }
    const nextDue = start + (i * 1000) / plan.rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextDue - performance.now())));
  }
  await Promise.all(pending);
  const elapsedS = (performance.now() - start) / 1000 - plan.warmUpSeconds;
  clearInterval(watch);
  agent.destroy();
  return {
    sent: total - warmUp,
    perSecond: (total - warmUp) / elapsedS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
    errors,
    errorMessages,
    clientStallMs: Math.round(clientStallMs),
  };
}
