// The exercise page, built and served by the real server, in a real browser: it renders the exercise, the
// editor takes typing, Ctrl+Enter runs the visible tests and the results are announced, and axe-core finds
// no serious or critical accessibility violation.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, type TestBrowser } from './browser.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const screenshotDir = path.resolve('dist/e2e');

// The starter's line 7 is the blank line where the loop goes. One line, typed: Monaco closes brackets as
// a learner types them, so a multi-line paste through the keyboard would come out with extra braces.
const loopLine = 7;
const loop = 'for (const n of numbers) total = total + n;';

/** The code as the editor draws it (Monaco draws spaces as no-break spaces). */
async function editorText(page: Page): Promise<string> {
  const text = await page.locator('.monaco-editor .view-lines').textContent();
  return (text ?? '').replaceAll('\u00a0', ' ');
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol rather than added as a <script>: the app's CSP (script-src 'self')
  // rightly refuses an inline script, and the test must not loosen it.
  await page.evaluate(await readFile(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    // axe-core, injected just above, defines a global `axe`.
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

describe('the exercise page', () => {
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

  it('is reached from the course list', async () => {
    await page.goto(app.origin);
    await page.getByRole('link', { name: 'First steps in programming (JavaScript)' }).click();
    const link = page.getByRole('link', { name: 'Sum of an array' });
    await link.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await link.click();
    await page.waitForURL('**/exercise/sum-of-array');
  });

  it('shows the statement and an editor holding the starter code', async () => {
    await expect.poll(() => page.locator('#exercise-title').textContent()).toBe('Sum of an array');
    await page.locator('.monaco-editor .view-lines').waitFor();
    expect(await editorText(page)).toContain('function sum(numbers)');
  });

  it('reveals hints one at a time', async () => {
    await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
    await expect.poll(() => page.locator('.hints li').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Show hint 2 of 3' }).count()).toBe(1);
  });

  it('marks a syntax error at its line, with the explanation, after Ctrl+Enter', async () => {
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n}');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('.results-status').textContent(), { timeout: 30_000 })
      .toMatch(/could not run/);
    expect(await page.locator('.feedback').textContent()).toMatch(/line \d+.*closes nothing/);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
  });

  it('takes typing in the editor and runs the visible tests with Ctrl+Enter', async () => {
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('ControlOrMeta+Home');
    for (let line = 1; line < loopLine; line++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.insertText(loop);
    await expect.poll(() => editorText(page)).toContain(loop);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('.results-status').textContent(), { timeout: 30_000 })
      .toMatch(/All tests passed/);
    expect(await page.locator('.test-result.passed').count()).toBeGreaterThan(0);
    expect(await page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
  });

  it('submits with Ctrl+Shift+Enter, shows the graded result and lists it in the history', async () => {
    await page.keyboard.press('Control+Shift+Enter');
    await expect
      .poll(() => page.locator('.results-status').textContent(), { timeout: 30_000 })
      .toMatch(/Submission — All tests passed\. Score: (\d+) \/ \1/);
    await page.getByText(/Your submissions \(1\)/).click();
    expect(await page.locator('.attempt-history li').count()).toBe(1);
  });

  it('restores the learner’s code on reload', async () => {
    await expect.poll(() => page.locator('.draft-status').textContent()).toBe('Draft saved');
    await page.reload();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => editorText(page)).toContain(loop);
  });

  it('switches to French with the visible switch, and remembers it', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('button', { name: /Exécuter/ }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('has no serious or critical accessibility violation', async () => {
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'exercise-page.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a 360 px wide screen without sideways scrolling, still without violations', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: path.join(screenshotDir, 'exercise-page-360.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('works embedded: bearer session, height and graded result posted to the host', async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    // A host page on our own origin (the test app's FRAME_ANCESTORS allows 'self'), made up by the test.
    await page.route(`${app.origin}/test-host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>host</title><script>
          window.received = [];
          addEventListener('message', (event) => window.received.push(event.data));
        </script><iframe title="exercise" src="/embed/exercise/sum-of-array" width="800" height="600"></iframe>`,
      }),
    );
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/exercises/')) requests.push(request.headers().authorization ?? 'none');
    });
    await page.goto(`${app.origin}/test-host.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('.monaco-editor .view-lines').waitFor();
    expect(await frame.locator('.app-header').count()).toBe(0);
    // The same browser, so the same learner: the token is theirs and their passing draft comes back.
    await expect.poll(() => frame.locator('.monaco-editor .view-lines').textContent()).toContain('for');
    await frame.getByRole('button', { name: /Submit/ }).click();
    const received = () =>
      page.evaluate(() => (globalThis as unknown as { received: { type: string }[] }).received);
    await expect
      .poll(async () => (await received()).find((message) => message.type === 'codecast:graded'), {
        timeout: 30_000,
      })
      .toMatchObject({ exercise: 'sum-of-array', status: 'passed' });
    expect((await received()).some((message) => message.type === 'codecast:height')).toBe(true);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((header) => header.startsWith('Bearer '))).toBe(true);
  });

  it('logs no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
