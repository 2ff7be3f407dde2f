// The web app's weight and the editor's readiness, on the built app (`npm run build:web` first):
// - JavaScript a page loads before Monaco (the shell: index.html's scripts and their static imports),
//   gzipped, against Monaco's own chunks and workers;
// - time from navigation to an editor that can be typed in, against the time to the shell's first
//   content (the exercise title) in the same page loads: the ratio is what Monaco costs.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { builtWebDir, serveApp } from '../tests/e2e/serve-app.ts';
import { median } from './stats.ts';

const loads = 7;

async function gzippedKb(file: string): Promise<number> {
  return gzipSync(await readFile(path.join(builtWebDir, file))).length / 1024;
}

/** The scripts index.html loads, followed through their static imports. */
async function shellScripts(): Promise<Set<string>> {
  const html = await readFile(path.join(builtWebDir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(path.join(builtWebDir, file), 'utf8');
    // Static imports only (`import … from "./x.js"`), not `import("./x.js")`.
    for (const match of source.matchAll(/(?:^|[;}\s])import\s*[^("'`]*?from\s*["']\.\/([^"']+\.js)["']/g)) {
      pending.push(path.posix.join(path.posix.dirname(file), match[1] ?? ''));
    }
  }
  return seen;
}

export async function benchWeb(): Promise<void> {
  const assets = (await readdir(path.join(builtWebDir, 'assets'))).filter((file) => file.endsWith('.js'));
  const shell = await shellScripts();
  let shellKb = 0;
  let restKb = 0;
  for (const file of assets) {
    const kb = await gzippedKb(`assets/${file}`);
    if (shell.has(`assets/${file}`)) shellKb += kb;
    else restKb += kb;
    console.log(
      `${shell.has(`assets/${file}`) ? 'shell ' : 'lazy  '} ${kb.toFixed(1).padStart(8)} KB gz  ${file}`,
    );
  }

  const app = await serveApp();
  const browser = await launchBrowser();
  const shellMs: number[] = [];
  const editorMs: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const page = await browser.context.newPage();
      await page.goto(`${app.origin}/exercise/sum-of-array`, { waitUntil: 'commit' });
      await page.locator('#exercise-title').waitFor();
      shellMs.push(await page.evaluate(() => performance.now()));
      await page.locator('.monaco-editor textarea').waitFor({ state: 'attached' });
      await page.locator('.monaco-editor .view-lines').waitFor();
      editorMs.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  console.log(
    `first load (cold cache): shell ${shellMs[0]?.toFixed(0)} ms, editor ${editorMs[0]?.toFixed(0)} ms`,
  );
  const shellMedian = median(shellMs.slice(1));
  const editorMedian = median(editorMs.slice(1));
  console.log(
    `app JS ${shellKb.toFixed(1)} KB gz without Monaco (Monaco and workers ${restKb.toFixed(0)} KB gz); ` +
      `editor ready ${editorMedian.toFixed(0)} ms vs shell ${shellMedian.toFixed(0)} ms ` +
      `(x${(editorMedian / shellMedian).toFixed(1)}, median of ${loads - 1} warm loads)`,
  );
  console.log(
    `web: editor ready ${editorMedian.toFixed(0)} ms, app JS ${shellKb.toFixed(1)} KB gz (Monaco excluded)`,
  );
}
