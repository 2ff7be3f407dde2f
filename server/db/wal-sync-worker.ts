// The durability thread (durable-commit.ts): flushes the WAL file each time it is asked, through a
// descriptor it keeps, and answers with the request's number once the data is on disk. Its own thread,
// not libuv's pool: a flush waits for no password hash or file read, and costs one hop each way.
import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { file } = workerData as { file: string };
let fd: number | undefined;

parentPort?.on('message', (message: number | 'stop') => {
  if (message === 'stop') {
    if (fd !== undefined) closeSync(fd);
    parentPort?.close();
    return;
  }
  try {
    // Linux flushes a file through a read-only descriptor. SQLite deletes the WAL only when the last
    // connection closes, and the server's connection outlives this thread, so the descriptor stays valid.
    fd ??= openSync(file, 'r');
    fdatasyncSync(fd);
    parentPort?.postMessage({ id: message });
  } catch (error) {
    parentPort?.postMessage({ id: message, error: error instanceof Error ? error.message : String(error) });
  }
});
