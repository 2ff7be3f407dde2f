// The checkpointer's thread (see checkpointer.ts): its own connection to the server's database file, copying
// the WAL back into the database every `intervalMs`. PASSIVE never waits for a writer or a reader, so the
// server's thread is never blocked by it; what it cannot copy yet, it copies next time.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, intervalMs } = workerData as { file: string; intervalMs: number };
const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort?.postMessage({
      type: 'fault',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
