// The README's embedding example (docs/embed-example.html), as a course page on another site would serve
// it: the page is answered for https://lms.example.org (an origin the test app's FRAME_ANCESTORS allows),
// and embeds the real app from the test server. It receives the height and the graded result; then the
// embedded page's bearer token is revoked mid-session, and the page renews it without losing the code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { editorText } from './monaco.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const examplePath = path.resolve('docs/embed-example.html');
const hostUrl = 'https://lms.example.org/week-3.html';
const placeholderOrigin = 'https://grader.example.org';

describe('the embedding example', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let page: Page;
  const consoleErrors: string[] = [];
  const apiCalls: { method: string; path: string; authorization: string; status: number }[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp(), launchBrowser()]);
    const example = await readFile(examplePath, 'utf8');
    expect(example).toContain(placeholderOrigin);
    // In production both sites are public; here the app is on 127.0.0.1, which Chromium's Local Network
    // Access refuses to a public page's iframe unless allowed, as a user would allow it.
    await browser.context.grantPermissions(['local-network-access'], { origin: 'https://lms.example.org' });
    page = await browser.context.newPage();
    await page.route(hostUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: example.replaceAll(placeholderOrigin, app.origin) }),
    );
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('console', (message) => {
      // The refused token's 401 is logged by Chromium as a failed resource: it is the point of the test.
      if (message.type() === 'error' && !/status of 401/.test(message.text()))
        consoleErrors.push(message.text());
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== app.origin || !url.pathname.startsWith('/api/')) return;
      apiCalls.push({
        method: response.request().method(),
        path: url.pathname,
        authorization: response.request().headers().authorization ?? '',
        status: response.status(),
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const frame = () => page.frameLocator('#exercise');
  const embedded = () => {
    const found = page.frames().find((candidate) => candidate.url().startsWith(`${app.origin}/embed/`));
    if (!found) throw new Error('the embedded page is not loaded');
    return found;
  };

  it('shows the exercise inside the course page of another site, sized to its content', async () => {
    await page.goto(hostUrl);
    await frame().locator('.monaco-editor .view-lines').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator('#exercise').evaluate((iframe: HTMLIFrameElement) => iframe.style.height))
      .toMatch(/^\d+px$/);
    expect(
      await page.locator('#exercise').evaluate((iframe: HTMLIFrameElement) => iframe.style.height),
    ).not.toBe('600px');
    expect(await seriousViolations(embedded())).toEqual([]);
  });

  it('receives the graded result of a submission and shows it', async () => {
    await frame()
      .getByRole('button', { name: /Submit/ })
      .click();
    await expect
      .poll(() => page.locator('#result').textContent(), { timeout: 60_000 })
      .toMatch(/^sum-of-array: (failed|error), \d+ \/ 7$/);
    // The embedded page authenticates with its bearer token only.
    const exerciseCalls = apiCalls.filter((call) => call.path.startsWith('/api/exercises/'));
    expect(exerciseCalls.length).toBeGreaterThan(0);
    expect(exerciseCalls.every((call) => call.authorization.startsWith('Bearer '))).toBe(true);
  });

  it('renews a revoked bearer token, and the learner keeps the code they typed', async () => {
    // This browser blocks third-party storage, as many do: the iframe cannot read its sessionStorage, so
    // the token is taken from what the page sent.
    const bearer = (call: { authorization: string } | undefined) =>
      call?.authorization.replace(/^Bearer /, '');
    const revoked = bearer(apiCalls.findLast((call) => call.authorization.startsWith('Bearer ')));
    expect(revoked).toBeTruthy();
    const since = apiCalls.length;
    const logout = await fetch(`${app.origin}/api/auth/logout`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${revoked}` },
    });
    expect(logout.status).toBe(204);

    const typed = '// my own note';
    await frame().locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.insertText(`${typed}\n`);
    await frame().getByRole('button', { name: /^Run/ }).click();
    await expect
      .poll(() => frame().locator('.results-status').textContent(), { timeout: 60_000 })
      .toMatch(/^Run \(visible tests\) — /);

    // A request with the revoked token (the run, or a draft save racing it) got a 401, the
    // page asked for a new session, and the run went through with the new token.
    const after = apiCalls.slice(since);
    expect(after.some((call) => bearer(call) === revoked && call.status === 401)).toBe(true);
    expect(after.some((call) => call.method === 'POST' && call.path === '/api/session')).toBe(true);
    const run = after.filter((call) => call.path === '/api/exercises/sum-of-array/run');
    expect(run.at(-1)?.status).toBe(200);
    const renewed = bearer(run.at(-1));
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(revoked);

    // The code is still in the editor, and the draft save, refused with the old token, went through with
    // the new one.
    expect(await editorText(frame())).toContain(typed);
    await expect
      .poll(() => frame().locator('.draft-status').textContent(), { timeout: 15_000 })
      .toBe('Draft saved');
    const draft = await fetch(`${app.origin}/api/exercises/sum-of-array/draft`, {
      headers: { Authorization: `Bearer ${renewed}` },
    });
    expect(((await draft.json()) as { draft: { code: string } }).draft.code).toContain(typed);
  });

  it('logs no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
