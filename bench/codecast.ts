// `npm run bench -- codecast`: a synthetic 60-minute cast (syntheticRecording: bursts of typing at 3–6
// characters a second, pauses, typos, selections, scrolls, runs), then
// - its size: each chunk gzipped on its own, as it is stored and served, events alone and with snapshots;
// - the seek latency through the real player page in Chromium: 200 random seeks on the timeline, each
//   timed from the input event to the frame after the player shows the new time (the chunk fetched if
//   needed, decoded, the editor updated);
// - in the same browser, the engine alone: the state at t from the nearest snapshot, against the
//   baseline of a player without snapshots, which replays every event from the start to t.
// Needs the built app (`npm run build:web`). The last line is the summary.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { CodecastManifest } from '../contracts/codecast.ts';
import type { CodecastUpload } from '../contracts/codecast-api.ts';
import type { CodecastChunk } from '../contracts/codecast-chunk.ts';
import { writeWebVtt } from '../contracts/webvtt.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveApp } from '../tests/e2e/serve-app.ts';
import { packCodecast } from '../web/codecast/engine/pack-codecast.ts';
import { findChunkIndex } from '../web/codecast/engine/seek.ts';
import { syntheticRecording } from '../web/codecast/engine/synthetic-recording.ts';
import { percentile } from './stats.ts';

const minutes = 60;
const seeks = 200;
const id = 'bench-hour';
const teacher = { name: 'bench', password: 'a long bench password' };

/** The 60-minute cast as the recorder would upload it: a chapter and a caption a minute, in both languages. */
function hourLongCodecast(): CodecastUpload & { manifest: CodecastManifest; chunks: CodecastChunk[] } {
  const durationMs = minutes * 60_000;
  const recording = syntheticRecording(durationMs, 1);
  const everyMinute = Array.from({ length: minutes }, (_, i) => i * 60_000);
  const captions = (word: string) =>
    writeWebVtt(everyMinute.map((at, i) => ({ startMs: at, endMs: at + 5_000, text: `${word} ${i + 1}` })));
  const packed = packCodecast(
    {
      id,
      title: { en: 'An hour of typing', fr: 'Une heure de frappe' },
      language: 'en',
      files: [{ name: 'main.js', language: 'javascript' }],
      chapters: everyMinute
        .filter((_, i) => i % 5 === 0)
        .map((atMs, i) => ({ atMs, title: { en: `Part ${i + 1}`, fr: `Partie ${i + 1}` } })),
      annotations: [],
      checkpoints: [],
      captions: [
        { locale: 'en', vtt: captions('Minute') },
        { locale: 'fr', vtt: captions('Minute') },
      ],
    },
    recording,
  );
  return { ...packed, files: [] };
}

/** Seeded, so every run seeks to the same times; whole tenths of a second, as the timeline's steps are. */
function seekTargets(durationMs: number, count: number): number[] {
  let state = 12345;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const targets: number[] = [];
  let previous = -1;
  while (targets.length < count) {
    const t = Math.floor((random() * durationMs) / 100) * 100;
    if (Math.abs(t - previous) < 1_000) continue;
    targets.push(t);
    previous = t;
  }
  return targets;
}

/**
 * One seek through the page's timeline: from the input event to the first paint after the player shows
 * `target` (the slider's spoken value names the new time once the seek is done: chunk fetched if needed,
 * decoded, the editor updated, React committed).
 */
async function seekInPage(page: Page, target: number): Promise<number> {
  return page.evaluate(
    (t) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('.codecast-timeline input[type="range"]');
        if (!input) return reject(new Error('no timeline'));
        // The player's clock format (format-clock.ts): 1:05, 1:02:03.
        const total = Math.floor(t / 1000);
        const hours = Math.floor(total / 3600);
        const rest = `${String(Math.floor(total / 60) % 60).padStart(hours > 0 ? 2 : 1, '0')}:${String(total % 60).padStart(2, '0')}`;
        const clock = hours > 0 ? `${hours}:${rest}` : rest;
        const before = input.getAttribute('aria-valuetext');
        const arrived = () => {
          const spoken = input.getAttribute('aria-valuetext');
          return input.value === String(t) && spoken !== before && spoken?.includes(clock) === true;
        };
        const started = performance.now();
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timeout);
          // A frame, then a task: the time of the paint that shows the seek.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
        };
        const observer = new MutationObserver(() => arrived() && finish());
        observer.observe(input, { attributes: true, attributeFilter: ['aria-valuetext', 'value'] });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the player did not reach ${t} ms`));
        }, 10_000);
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setValue?.call(input, String(t));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    target,
  );
}

/** The engine bundled for the browser (decode, flatten, replay, seek), as a script that sets `codecastEngine`. */
async function engineScript(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'codecast-bench-'));
  const engine = fileURLToPath(new URL('../web/codecast/engine/', import.meta.url));
  const entry = path.join(dir, 'entry.ts');
  await writeFile(
    entry,
    [
      `export { decodeChunks } from ${JSON.stringify(path.join(engine, 'pack-codecast.ts'))};`,
      `export { flattenChunks } from ${JSON.stringify(path.join(engine, 'chunk-builder.ts'))};`,
      `export { replayRecording } from ${JSON.stringify(path.join(engine, 'recording.ts'))};`,
      `export { seekState } from ${JSON.stringify(path.join(engine, 'seek.ts'))};`,
    ].join('\n'),
  );
  try {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        lib: { entry, formats: ['iife'], name: 'codecastEngine', fileName: 'engine' },
        minify: true,
      },
    });
    const bundles = Array.isArray(output) ? output : [output];
    for (const bundle of bundles)
      if ('output' in bundle) {
        const chunk = bundle.output.find((file) => file.type === 'chunk');
        if (chunk && chunk.type === 'chunk') return chunk.code;
      }
    throw new Error('vite built no engine bundle');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchCodecast(): Promise<void> {
  const upload = hourLongCodecast();
  const { manifest, chunks } = upload;
  const gzipped = (value: unknown) => gzipSync(JSON.stringify(value)).length;
  const eventsKbPerMinute = chunks.reduce((sum, chunk) => sum + gzipped(chunk.events), 0) / 1024 / minutes;
  const chunksKbPerMinute = chunks.reduce((sum, chunk) => sum + gzipped(chunk), 0) / 1024 / minutes;
  const eventCount = chunks.reduce((sum, chunk) => sum + chunk.events.length, 0);
  const edits = chunks.reduce(
    (sum, chunk) => sum + chunk.events.filter((event) => event[1] === 'e').length,
    0,
  );
  console.log(
    `synthetic cast: ${minutes} min, ${eventCount} events (${Math.round(edits / minutes)} edits/min), ${chunks.length} chunks`,
  );
  console.log(
    `size: events ${eventsKbPerMinute.toFixed(2)} KB/min gz; with snapshots ${chunksKbPerMinute.toFixed(2)} KB/min gz`,
  );

  const targets = seekTargets(manifest.durationMs, seeks);
  // What must arrive before the first frame at t: one chunk with its snapshot, against every event
  // from the start (a player without snapshots), each chunk gzipped as served.
  const chunkKb = chunks.map((chunk) => gzipped(chunk) / 1024);
  const eventsKb = chunks.map((chunk) => gzipped(chunk.events) / 1024);
  const neededKb = targets.map((t) => {
    const index = findChunkIndex(manifest.chunks, t);
    return { snapshot: chunkKb[index]!, replay: eventsKb.slice(0, index + 1).reduce((a, b) => a + b, 0) };
  });
  const app = await serveApp({ teachers: [teacher] });
  const browser = await launchBrowser();
  try {
    const login = await fetch(`${app.origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'bench' },
      body: JSON.stringify(teacher),
    });
    const { token } = (await login.json()) as { token: string };
    const body = JSON.stringify(upload);
    const saved = await fetch(`${app.origin}/api/codecasts/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
    });
    if (!saved.ok) throw new Error(`upload refused: ${saved.status} ${await saved.text()}`);
    console.log(`uploaded: ${(body.length / 1024 / 1024).toFixed(1)} MB of JSON, ${saved.status}`);

    // Through the player page.
    const page = await browser.context.newPage();
    await page.goto(`${app.origin}/codecast/${id}`);
    await page.locator('.codecast-timeline input[type="range"]').waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.locator('button.play-button:not([disabled])').waitFor({ timeout: 30_000 });
    const playerMs: number[] = [];
    for (const target of targets) playerMs.push(await seekInPage(page, target));
    const fetchMs = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/chunks/'))
        .map((entry) => entry.duration),
    );
    const fetched = fetchMs.length;
    await page.close();

    // The engine alone, in a blank page of the same browser.
    const blank = await browser.context.newPage();
    await blank.addScriptTag({ content: await engineScript() });
    const engine = await blank.evaluate(
      ({ manifest, chunks, targets }) => {
        type Engine = {
          decodeChunks(m: unknown, c: unknown): unknown[];
          flattenChunks(d: unknown[]): { durationMs: number };
          replayRecording(r: unknown, t: number): unknown;
          seekState(d: unknown[], t: number): unknown;
        };
        const api = (window as unknown as { codecastEngine: Engine }).codecastEngine;
        const decoded = api.decodeChunks(manifest, chunks);
        const recording = api.flattenChunks(decoded);
        // Without cross-origin isolation the page's clock ticks in 0.1 ms: repeat, and divide.
        const repeats = 20;
        const time = (run: () => unknown) => {
          const started = performance.now();
          for (let i = 0; i < repeats; i++) run();
          return (performance.now() - started) / repeats;
        };
        const snapshot = targets.map((t) => time(() => api.seekState(decoded, t)));
        const replay = targets.map((t) => time(() => api.replayRecording(recording, t)));
        // One chunk decoded from its wire form: what a seek to a chunk not yet loaded adds.
        const decodeOne = targets.map((t) => {
          const index = Math.floor((t / recording.durationMs) * chunks.length) % chunks.length;
          return time(() =>
            api.decodeChunks({ ...manifest, chunks: [manifest.chunks[index]] }, [chunks[index]]),
          );
        });
        return { snapshot, replay, decodeOne };
      },
      { manifest, chunks, targets },
    );
    await blank.close();

    const line = (name: string, values: number[]) =>
      console.log(
        `${name.padEnd(44)} p50 ${percentile(values, 50).toFixed(2).padStart(8)} ms   p95 ${percentile(values, 95).toFixed(2).padStart(8)} ms`,
      );
    console.log(`${seeks} random seeks (${fetched} chunk requests by the player):`);
    line('player page (timeline → painted)', playerMs);
    line('  a chunk request, when one was made', fetchMs);
    line('engine: nearest snapshot + chunk events', engine.snapshot);
    line('engine: decoding one chunk', engine.decodeOne);
    line('baseline: replay every event from the start', engine.replay);
    const kb = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(1)} KB, p95 ${percentile(values, 95).toFixed(1)} KB gz`;
    console.log(
      `to show t: one chunk with its snapshot ${kb(neededKb.map((n) => n.snapshot))}; every event from the start ${kb(neededKb.map((n) => n.replay))}`,
    );
    console.log(
      `the baseline is ${(percentile(engine.replay, 95) / Math.max(percentile(engine.snapshot, 95), 0.001)).toFixed(0)}× the snapshot seek at p95`,
    );
    console.log(
      `codecast: seek p95 ${percentile(playerMs, 95).toFixed(1)} ms, events ${eventsKbPerMinute.toFixed(2)} KB/min gz`,
    );
  } finally {
    await browser.close();
    await app.close();
  }
}
