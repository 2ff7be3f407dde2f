// `npm run dev`: the API server (server/main.ts, as `npm start` runs it), restarted whenever a file of
// server/, graders/, contracts/ or exercises/ changes, and Vite's dev server for web/ (hot reload) proxying
// /api to it, in one command. Ctrl+C stops both.
//
// Not `node --watch`: it hands WATCH_REPORT_DEPENDENCIES to the server's environment, the grader's worker
// processes inherit it, and each then reports its imports over the IPC channel the pool reads its protocol
// from, which the pool rightly refuses as malformed. The API keeps its own settings (PORT, DATABASE_FILE…,
// read by server/env.ts alone): this script learns its address from the line it prints when listening.
import { type ChildProcess, spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, type ViteDevServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const watchedFolders = ['server', 'graders', 'contracts', 'exercises'];
/** Saving in an editor often writes a file several times in a row: one restart for the burst. */
const restartDelayMs = 300;

const { values } = parseArgs({ options: { port: { type: 'string', default: '5173' } } });
const webPort = Number(values.port);

interface ApiProcess {
  child: ChildProcess;
  /** Resolves with the API's origin once it listens; rejects if it exits first. */
  origin: Promise<string>;
  exited: Promise<void>;
}

function startApi(): ApiProcess {
  const child = spawn(
    process.execPath,
    ['--no-node-snapshot', '--disable-warning=ExperimentalWarning', 'server/main.ts'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API server exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      console.log(`[api] ${line}`);
      const listening = /listening on (http:\/\/\S+)/.exec(line);
      if (listening?.[1]) resolve(listening[1]);
    });
  });
  // A restart that fails is reported by the server itself; the next change tries again.
  origin.catch(() => {});
  return { child, origin, exited };
}

async function main(): Promise<void> {
  let api = startApi();
  let vite: ViteDevServer | undefined;
  let stopping = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const restart = async () => {
    console.log('[api] a server file changed: restarting');
    const old = api;
    old.child.kill('SIGTERM');
    await old.exited;
    if (!stopping) api = startApi();
  };
  const watchers = watchedFolders.map((folder) =>
    watch(`${root}${folder}`, { recursive: true }, (_event, file) => {
      if (stopping || (file && /\.test\.ts$/.test(file))) return;
      clearTimeout(timer);
      timer = setTimeout(() => void restart(), restartDelayMs);
    }),
  );

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
    await vite?.close();
    api.child.kill('SIGTERM');
    await api.exited;
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  const target = await api.origin;
  vite = await createServer({
    configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
    server: { port: webPort, proxy: { '/api': target } },
  });
  await vite.listen();
  vite.printUrls();
  console.log(`  ➜  API:     ${target}, restarted when ${watchedFolders.join('/, ')}/ change`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
