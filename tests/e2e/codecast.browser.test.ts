// The codecast player on a demo codecast of the course, built and served by the real server, in Chromium:
// it plays, seeks (chapters, keys), lets the learner pause, take over, run their code and continue with
// it, keeps their copy across a reload, compares it with the teacher's, stops at a checkpoint until the
// exercise passes, and has no serious or critical accessibility violation, embedded or not.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodecastManifest } from '../../contracts/codecast.ts';
import { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import { decodeChunks } from '../../web/codecast/engine/pack-codecast.ts';
import { seekState } from '../../web/codecast/engine/seek.ts';
import { seriousViolations } from './axe.ts';
import { collectConsoleErrors, launchBrowser, type TestBrowser } from './browser.ts';
import { editorText, pasteCode } from './monaco.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const screenshotDir = path.resolve('dist/e2e');
const castDir = path.resolve('exercises/sum-of-array/codecasts/loops-that-accumulate');
const castId = 'loops-that-accumulate';
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(castDir, file), 'utf8'));
const manifest = CodecastManifest.parse(readJson('manifest.json'));
const chunks = decodeChunks(
  manifest,
  manifest.chunks.map((ref) => CodecastChunk.parse(readJson(ref.src))),
);
/** The teacher's file at `timeMs`, as the editor draws it (one line after another). */
const teacherTextAt = (timeMs: number) => {
  const state = seekState(chunks, timeMs);
  return (state.files[state.activeFile]?.text ?? '').replaceAll('\n', '');
};
const checkpoint = manifest.checkpoints[0]!;
const solution = readFileSync(path.resolve('exercises/sum-of-array/solution.js'), 'utf8');
const myLine = '// my own try';

/** The playhead's time, as the timeline says it. */
async function timeMs(page: Page): Promise<number> {
  return Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
}

async function modeText(page: Page): Promise<string> {
  return (await page.locator('.take-over-mode').textContent()) ?? '';
}

describe('the codecast player', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp(), launchBrowser()]);
    page = await browser.context.newPage();
    collectConsoleErrors(page, consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('is listed, and opens on the teacher’s code at the start with its chapters and transcript', async () => {
    await page.goto(`${app.origin}/codecast`);
    await page.getByRole('link', { name: manifest.title.en }).click();
    await page.waitForURL(`**/codecast/${castId}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(manifest.title.en);
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => editorText(page)).toBe(teacherTextAt(0));
    expect(
      await page.getByRole('navigation', { name: 'Chapters' }).getByRole('button').count(),
    ).toBeGreaterThanOrEqual(manifest.chapters.length);
    expect(await page.locator('.transcript-lines li').count()).toBeGreaterThan(3);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('plays: the time moves and the teacher’s typing appears, read-only', async () => {
    const firstEdit = chunks[0]!.events[0]!.atMs;
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => timeMs(page), { timeout: firstEdit + 10_000 }).toBeGreaterThan(firstEdit + 1_000);
    await expect.poll(() => editorText(page)).not.toBe(teacherTextAt(0));
    expect(await modeText(page)).toMatch(/Playing the teacher’s code/);
    await page.keyboard.press('Space');
    await expect.poll(() => modeText(page)).toMatch(/^Paused/);
    const paused = await timeMs(page);
    // The editor shows the state at the paused time, to the frame.
    expect(await editorText(page)).toBe(teacherTextAt(paused));
  });

  it('seeks by chapter, by transcript line and with the arrow keys, to the right code', async () => {
    const chapter = manifest.chapters[1]!;
    await page.getByRole('button', { name: new RegExp(chapter.title.en) }).click();
    await expect.poll(() => timeMs(page)).toBe(chapter.atMs);
    await expect.poll(() => editorText(page)).toBe(teacherTextAt(chapter.atMs));
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => timeMs(page)).toBe(chapter.atMs + 5_000);
    await expect.poll(() => editorText(page)).toBe(teacherTextAt(chapter.atMs + 5_000));
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => timeMs(page)).toBe(manifest.chapters[2]!.atMs);
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('index');
    const line = page.locator('.transcript-lines button').first();
    await line.click();
    await expect.poll(() => timeMs(page)).toBeLessThan(manifest.chapters[2]!.atMs);
    await expect.poll(() => editorText(page)).toBe(teacherTextAt(await timeMs(page)));
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('');
  });

  it('takes over when the learner types, and runs their copy', async () => {
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(`\n${myLine}`);
    await expect.poll(() => modeText(page)).toMatch(/You are editing your copy/);
    await expect.poll(() => editorText(page)).toContain(myLine);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('.results-status').first().textContent(), { timeout: 30_000 })
      .toMatch(/Run \(visible tests\) — /);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('continues with the learner’s code: the cast plays on, their code stays', async () => {
    const before = await timeMs(page);
    await page.getByRole('button', { name: /Continue with my code/ }).click();
    await expect.poll(() => timeMs(page), { timeout: 10_000 }).toBeGreaterThan(before + 1_500);
    expect(await modeText(page)).toMatch(/plays on with your code/);
    expect(await editorText(page)).toContain(myLine);
    await page.locator('h1').click();
    await page.keyboard.press('k');
    await expect.poll(() => modeText(page)).toMatch(/You are editing your copy/);
  });

  it('finds the learner’s copy after a reload, where they were', async () => {
    const before = await timeMs(page);
    await page.reload();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => editorText(page)).toContain(myLine);
    expect(await modeText(page)).toMatch(/You are editing your copy/);
    expect(Math.abs((await timeMs(page)) - before)).toBeLessThan(2_500);
  });

  it('goes back to the teacher’s code, compares the two, and brings the copy back', async () => {
    await page.getByRole('button', { name: /Back to the teacher’s code/ }).click();
    const at = await timeMs(page);
    await expect.poll(() => editorText(page)).toBe(teacherTextAt(at));
    await page.getByRole('button', { name: /Compare with the teacher’s/ }).click();
    await page.locator('.monaco-diff-editor').waitFor();
    await expect
      .poll(async () =>
        ((await page.locator('.monaco-diff-editor').textContent()) ?? '').replaceAll('\u00a0', ' '),
      )
      .toContain(myLine);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('h1').click();
    await page.keyboard.press('m');
    await expect.poll(() => page.locator('.monaco-diff-editor').count()).toBe(0);
    await expect.poll(() => editorText(page)).toContain(myLine);
  });

  it('stops at the checkpoint, opens the exercise in place, and goes on once it passes', async () => {
    await page.getByRole('button', { name: /Back to the teacher’s code/ }).click();
    await page.getByRole('slider', { name: 'Timeline' }).fill(String(checkpoint.atMs - 1_500));
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('heading', { name: 'Checkpoint', exact: true }).waitFor({ timeout: 10_000 });
    expect(await timeMs(page)).toBe(checkpoint.atMs);
    expect(await page.locator('.checkpoint-prompt').textContent()).toBe(checkpoint.prompt.en);
    await page.locator('#exercise-title').waitFor();
    expect(await page.getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.codecast-checkpoint .monaco-editor .view-lines').waitFor();
    await pasteCode(page, page.locator('.codecast-checkpoint'), solution);
    await page.locator('.codecast-checkpoint').getByRole('button', { name: /^Run/ }).click();
    await page.getByRole('button', { name: 'Continue the codecast' }).click({ timeout: 30_000 });
    await expect.poll(() => timeMs(page), { timeout: 10_000 }).toBeGreaterThan(checkpoint.atMs + 500);
    expect(await page.locator('.codecast-checkpoint').count()).toBe(0);
    await page.keyboard.press('k');
  });

  it('fits a 360 px wide screen without sideways scrolling, still without violations', async () => {
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'codecast-player.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: path.join(screenshotDir, 'codecast-player-360.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const violations = await seriousViolations(page);
    expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('speaks French, and plays embedded with a bearer session', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    expect(await page.getByRole('slider', { name: 'Ligne de temps' }).count()).toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    const authorizations: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/codecasts/'))
        authorizations.push(request.headers().authorization ?? 'none');
    });
    await page.goto(`${app.origin}/embed/codecast/${castId}`);
    await page.locator('.monaco-editor .view-lines').waitFor();
    expect(await page.locator('.app-header').count()).toBe(0);
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations.every((header) => header.startsWith('Bearer '))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('logs no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
