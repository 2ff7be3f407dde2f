// The codecast recorder, for a teacher, in Chromium against the real server: a new codecast is set up
// from an exercise's starter, recorded without a microphone (typing, a run with its real result, a
// chapter), the tab is reloaded mid-recording as a crash would and the take recovered from IndexedDB,
// then captioned, cut, uploaded, and played back in the player. axe-core finds no serious violation.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { collectConsoleErrors, launchBrowser, type TestBrowser } from './browser.ts';
import { editorText } from './monaco.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const screenshotDir = path.resolve('dist/e2e');
const teacher = { name: 'rec-teacher', password: 'a long enough password' };
const castId = 'e2e-recorded-cast';
const typed = '// recorded line';

async function violations(page: Page): Promise<string[]> {
  return (await seriousViolations(page)).map(
    (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  );
}

describe('the codecast recorder', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp({ teachers: [teacher] }), launchBrowser()]);
    page = await browser.context.newPage();
    collectConsoleErrors(page, consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('asks a learner to log in as a teacher first', async () => {
    await page.goto(`${app.origin}/codecast/record`);
    await page.getByLabel('Name').fill(teacher.name);
    await page.getByLabel('Password').fill(teacher.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'New codecast' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('sets a codecast up from an exercise’s starter code, without a microphone', async () => {
    await page.getByRole('button', { name: 'New codecast' }).click();
    await page.getByLabel('Id', { exact: true }).fill(castId);
    await page.getByLabel('Title in English').fill('Recorded in a test');
    await page.getByLabel('Title in French').fill('Enregistré dans un test');
    await page.getByLabel('Exercise it is tied to (its id)').fill('sum-of-array');
    await page.getByRole('button', { name: 'Start from the exercise’s starter code' }).click();
    await expect
      .poll(() => page.getByLabel(/What main.js holds at the start/).inputValue())
      .toContain('function sum');
    expect(await page.getByText('No voice: only the code is recorded.').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });

  it('records typing, a run with its real result and a chapter, stored as it goes', async () => {
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => editorText(page)).toContain('function sum');
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(`\n${typed}`);
    await page.getByRole('button', { name: 'Run (recorded with its result)' }).click();
    await expect
      .poll(() => page.locator('.results-status').first().textContent(), { timeout: 30_000 })
      .toMatch(/Run \(visible tests\) — /);
    await page.getByLabel('Text in English').fill('The loop');
    await page.getByLabel('Text in French').fill('La boucle');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByText(/Chapter added at/).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    // Two flushes of the open chunk, at least.
    await page.waitForTimeout(4_500);
  });

  it('recovers the take after the tab went away mid-recording', async () => {
    await page.reload();
    await page.getByRole('button', { name: /Recover/ }).click();
    await page.getByRole('heading', { name: /The take \(/ }).waitFor();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => editorText(page)).toContain(typed);
    expect(await page.getByText(/Chapter: The loop/).count()).toBe(1);
    expect(await page.getByText(/Last run before this moment/).count()).toBe(1);
  });

  it('takes captions in both languages, and cuts a range out', async () => {
    const heading = page.getByRole('heading', { name: /The take \(/ });
    const before = (await heading.textContent()) ?? '';
    await page
      .getByLabel('Captions (English)', { exact: true })
      .fill('WEBVTT\n\n00:00.000 --> 00:02.000\nHere is sum.\n');
    await page.getByLabel('Captions (Français)').fill('WEBVTT\n\n00:00.000 --> 00:02.000\nVoici sum.\n');
    expect(await page.getByText('1 caption.').count()).toBe(2);
    await page.getByLabel('From', { exact: true }).fill('0:00.2');
    await page.getByLabel('To', { exact: true }).fill('0:00.7');
    await page.getByRole('button', { name: 'Cut', exact: true }).click();
    await expect.poll(() => heading.textContent()).not.toBe(before);
    expect(await page.getByRole('button', { name: 'Undo the last cut or re-recording' }).count()).toBe(1);
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'codecast-recorder.png'), fullPage: true });
    expect(await violations(page)).toEqual([]);
  });

  it('records again from a point, keeping what came before it', async () => {
    await page.getByRole('slider', { name: 'Playhead' }).press('End');
    await page.getByRole('button', { name: /Record again from/ }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    await expect.poll(() => editorText(page)).toContain(typed);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n// second take');
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByRole('heading', { name: /The take \(/ }).waitFor();
    await expect.poll(() => editorText(page)).toContain('// second take');
    expect(await editorText(page)).toContain(typed);
    expect(await page.getByText('1 caption.').count()).toBe(2);
  });

  it('saves to the server, where the player plays it', async () => {
    await page.getByRole('button', { name: 'Save to the server' }).click();
    await page.getByText('Saved as a new version.').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Watch it' }).click();
    await page.waitForURL(`**/codecast/${castId}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Recorded in a test');
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => editorText(page)).toContain('function sum');
    await page.getByRole('slider', { name: 'Timeline' }).press('End');
    await expect.poll(() => editorText(page)).toContain(typed);
    expect(await page.locator('.codecast-caption').count()).toBe(1);
  });

  it('logs no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
