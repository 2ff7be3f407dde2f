// The teacher pages, built and served by the real server, in a real browser: login (refused, then
// accepted), the courses and exercises with their activity, the attempts at an exercise with their code and
// result, a learner's progress, a course's learners, logout; axe-core on each page, and at 360 px wide.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const teacher = { name: 'ada', password: 'correct horse battery' };
const screenshotDir = path.resolve('dist/e2e');
const learnerCode =
  'function sum(numbers) { let total = 0; for (const n of numbers) total += n; return total; }';

/** A learner outside the browser, over HTTP as the web app would: named, with one graded submission. */
async function learnerSubmits(origin: string, displayName: string): Promise<string> {
  const first = await fetch(`${origin}/api/me`);
  const cookie = first.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const { id } = (await first.json()) as { id: string };
  const headers = { Cookie: cookie, 'X-Requested-With': 'test', 'Content-Type': 'application/json' };
  const named = await fetch(`${origin}/api/me`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ displayName }),
  });
  expect(named.status).toBe(200);
  const submitted = await fetch(`${origin}/api/exercises/sum-of-array/submissions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ code: learnerCode, language: 'javascript' }),
  });
  expect(submitted.status).toBe(202);
  const { attemptId } = (await submitted.json()) as { attemptId: number };
  // Polled as the web app does (expect.poll is for tests, and this runs before them).
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const attempt = await fetch(`${origin}/api/attempts/${attemptId}`, { headers });
    if (((await attempt.json()) as { status: string }).status === 'done') return id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`attempt ${attemptId} was not graded within a minute`);
}

describe('the teacher pages', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let page: Page;
  let learnerId: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp({ teachers: [teacher] }), launchBrowser()]);
    learnerId = await learnerSubmits(app.origin, 'Grace Hopper');
    page = await browser.context.newPage();
    page.on('console', (message) => {
      // The refused login's 401 is logged by Chromium as a failed resource: it is part of the test.
      if (message.type() === 'error' && !/status of 401/.test(message.text()))
        consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('ask for a login, and say so when the password is wrong', async () => {
    // From the course list, as a teacher arrives: the header links to the teachers' pages.
    await page.goto(`${app.origin}/`);
    const siteNav = page.getByRole('navigation', { name: 'Site' });
    expect(await siteNav.getByRole('link', { name: 'Courses' }).getAttribute('aria-current')).toBe('page');
    await siteNav.getByRole('link', { name: 'Teachers' }).click();
    await page.getByRole('heading', { name: 'Teacher login' }).waitFor();
    expect(await siteNav.getByRole('link', { name: 'Teachers' }).getAttribute('aria-current')).toBe('page');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Name').fill(teacher.name);
    await page.getByLabel('Password').fill('wrong horse');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Wrong name or password.');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('show the courses and exercises with their activity once logged in', async () => {
    await page.getByLabel('Password').fill(teacher.password);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Courses and exercises' }).waitFor();
    const sum = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Sum of an array' }) });
    expect(await sum.textContent()).toBe('Sum of an array 1 attempt, 1 learner, 1 passed');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('list the attempts at an exercise, each opening on its code and result', async () => {
    await page.getByRole('link', { name: 'Sum of an array' }).click();
    await page.waitForURL('**/teacher/exercise/sum-of-array');
    await page.getByRole('heading', { level: 1, name: 'Attempts at Sum of an array' }).waitFor();
    const attempt = page.locator('.teacher-attempt');
    expect(await attempt.count()).toBe(1);
    expect(await attempt.locator('summary').textContent()).toMatch(/ — Grace Hopper — passed, 7 \/ 7$/);
    await attempt.locator('summary').click();
    expect(await attempt.locator('.submitted-code').textContent()).toBe(learnerCode);
    expect(await attempt.locator('.test-result.passed').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('show a learner progress, per course and per exercise', async () => {
    await page.locator('.teacher-attempt').getByRole('link', { name: 'Grace Hopper' }).click();
    await page.waitForURL(`**/teacher/learner/${learnerId}`);
    await page.getByRole('heading', { level: 1, name: 'Progress of Grace Hopper' }).waitFor();
    const exerciseRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Sum of an array' }) });
    expect(await exerciseRow.textContent()).toMatch(/^Sum of an array17 \/ 7✓ yes/);
    const courseRow = page.getByRole('row').filter({
      has: page.getByRole('link', { name: 'First steps in programming (JavaScript)' }),
    });
    expect(await courseRow.textContent()).toMatch(/7 \/ \d+ \(\d+%\)1 \/ \d+—$/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('list a course learners with their standing, also on a 360 px wide screen', async () => {
    await page.getByRole('link', { name: 'First steps in programming (JavaScript)' }).click();
    await page.waitForURL('**/teacher/course/first-steps');
    await page.getByRole('heading', { level: 1, name: /^Learners of First steps/ }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Grace Hopper' }) });
    expect(await row.textContent()).toMatch(/^Grace Hopperno11 \/ \d+7 \/ \d+ \(\d+%\)—/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({
      path: path.join(screenshotDir, 'teacher-course-learners-360.png'),
      fullPage: true,
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('are in French too', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: /^Apprenants de Premiers pas/ }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Exercices réussis' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('log out, back to the login form', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Teacher login' }).waitFor();
    const refused = await page.evaluate(async () => (await fetch('/api/teacher/exercises')).status);
    expect(refused).toBe(401);
  });

  it('log no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
