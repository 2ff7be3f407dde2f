// A process's resident memory, from Linux's /proc. It counts everything a memory bomb can grow (isolate
// heaps, array buffers, V8's own tables), unlike the isolate's heap statistics, and it needs nothing from
// the process being measured, which may be stuck in a loop. One read costs tens of microseconds.
import { readFileSync } from 'node:fs';

const vmRss = /^VmRSS:\s*(\d+) kB$/m;

/** In MB; undefined once the process is gone (or is a zombie, which has no VmRSS line). */
export function readResidentMb(pid: number): number | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return undefined;
  }
  const match = vmRss.exec(status);
  return match ? Number(match[1]) / 1024 : undefined;
}
