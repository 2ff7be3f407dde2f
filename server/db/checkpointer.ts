// The server's WAL checkpoints, moved off its only thread. By default SQLite checkpoints inside whichever
// commit finds the WAL past 1,000 pages: that commit then copies ~4 MB into the database file and flushes
// it, while every request waits. Under a submission rush that happened twice a second and set the tail
// of `npm run bench -- http`'s latency. Here the server's connection never checkpoints
// (`wal_autocheckpoint = 0`) and a worker thread with its own connection does it every 250 ms.
// The command line's short-lived connections keep SQLite's default.
import { Worker } from 'node:worker_threads';
import type { Db } from './open-database.ts';

const intervalMs = 250;

export function startCheckpointer(
  db: Db,
  file: string,
  onFault: (message: string) => void,
): () => Promise<void> {
  db.$client.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(new URL('./checkpoint-worker.ts', import.meta.url), {
    workerData: { file, intervalMs },
  });
  worker.on('message', (message: { type: string; message: string }) => onFault(message.message));
  worker.on('error', (error) => {
    // Without its checkpointer the WAL would only grow: the server checkpoints itself again.
    onFault(error.message);
    db.$client.pragma('wal_autocheckpoint = 1000');
  });
  worker.unref();
  return async () => {
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('exit', resolve));
  };
}
