// An open-loop load at a steady rate: request i is due at start + i / rate, sent when due whatever the
// server is doing, and its latency counts from when it was due (so a stalled server cannot hide its
// stall by slowing the client down: no coordinated omission). autocannon's own `overallRate` is not this:
// each connection sends its per-second quota as fast as it can at the top of every second, then waits,
// so "half rate" becomes full-rate bursts (node_modules/autocannon/lib/httpClient.js, `reqsMadeThisSecond`).
import { Agent, request } from 'node:http';
import { percentile } from './stats.ts';

export interface PacedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PacedResult {
  sent: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
}

export async function pacedLoad(
  origin: string,
  next: (i: number) => PacedRequest,
  rate: number,
  seconds: number,
): Promise<PacedResult> {
  const url = new URL(origin);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.floor(rate * seconds);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();

  const send = (i: number, dueAt: number) =>
    new Promise<void>((resolve) => {
      const { method, path, headers, body } = next(i);
      const req = request(
        { host: url.hostname, port: url.port, method, path, headers, agent },
        (response) => {
          response.resume();
          response.on('end', () => {
            latencies.push(performance.now() - dueAt);
            const code = String(response.statusCode);
            statuses[code] = (statuses[code] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });

  let i = 0;
  while (i < total) {
    const now = performance.now();
    while (i < total && start + (i * 1000) / rate <= now) {
      pending.push(send(i, start + (i * 1000) / rate));
      i++;
    }
    const nextDue = start + (i * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextDue - performance.now())));
  }
  await Promise.all(pending);
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    sent: total,
    perSecond: total / elapsedS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
    errors,
  };
}
