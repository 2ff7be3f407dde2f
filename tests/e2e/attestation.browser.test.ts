// The attestation of success, in a real browser against the real server and grader: not offered before the
// learner's points reach the course's threshold; then announced on the course page, shown with the course,
// the date and the score, the learner's name once they give it, and printed alone on one page.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CourseAttestation } from '../../contracts/course-attestation.ts';
import { CourseCatalogue } from '../../contracts/course-catalogue.ts';
import { loadTestExercise } from '../../server/testing/test-app.ts';
import { seriousViolations } from './axe.ts';
import { collectConsoleErrors, launchBrowser, type TestBrowser } from './browser.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const course = 'first-steps';
const screenshotDir = path.resolve('dist/e2e');

/** A request from the page, with its session cookie, as the web app makes it. */
async function api(page: Page, method: string, url: string, body?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        headers: { 'X-Requested-With': 'test', 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, url, body },
  );
}

/** Submits the reference solutions of the course's exercises, in order, until `points` are earned. */
async function earnPoints(page: Page, points: number): Promise<void> {
  const { courses } = CourseCatalogue.parse(await api(page, 'GET', '/api/courses'));
  const slugs =
    courses.find((entry) => entry.slug === course)?.modules.flatMap((module) => module.exercises) ?? [];
  let earned = 0;
  for (const { slug } of slugs) {
    if (earned >= points) return;
    const exercise = await loadTestExercise(slug);
    const { attemptId } = (await api(page, 'POST', `/api/exercises/${slug}/submissions`, {
      code: exercise.solution,
      language: exercise.spec.language,
    })) as { attemptId: number };
    for (;;) {
      const attempt = (await api(page, 'GET', `/api/attempts/${attemptId}`)) as {
        status: string;
        score?: number;
      };
      if (attempt.status === 'done') {
        earned += attempt.score ?? 0;
        break;
      }
      await page.waitForTimeout(200);
    }
  }
  if (earned < points) throw new Error(`the course's solutions gave ${earned} points, ${points} were needed`);
}

describe('the attestation of success', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // Many submissions in a row from one learner: the test raises the per-learner burst.
    [app, browser] = await Promise.all([serveApp({ queue: { submitBurst: 1_000 } }), launchBrowser()]);
    page = await browser.context.newPage();
    collectConsoleErrors(page, consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('is not offered before the threshold is reached', async () => {
    await page.goto(`${app.origin}/course/${course}`);
    await page.locator('.course-standing').waitFor();
    expect(await page.getByRole('link', { name: 'View and print your attestation' }).count()).toBe(0);
    await page.goto(`${app.origin}/course/${course}/attestation`);
    await expect
      .poll(() => page.locator('.attestation-page').textContent())
      .toMatch(/Not yet: you have 0 of \d+ points, and the attestation asks for 60% of them\./);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is announced on the course page once the learner’s points reach the threshold', async () => {
    const { standing } = CourseAttestation.parse(
      await api(page, 'GET', `/api/courses/${course}/attestation`),
    );
    await earnPoints(page, Math.ceil(standing.maxScore * standing.passThreshold));
    await page.goto(`${app.origin}/course/${course}`);
    await page.locator('.attestation-earned').waitFor();
    expect(await page.locator('.attestation-earned').textContent()).toMatch(
      /your attestation of success is ready/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'View and print your attestation' }).click();
    await page.waitForURL(`**/course/${course}/attestation`);
  });

  it('shows the course, the date and the score, with a blank for the name not given yet', async () => {
    const attestation = page.locator('.attestation');
    await attestation.waitFor();
    const text = (await attestation.textContent()) ?? '';
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(Date.now());
    expect(text).toContain('Attestation of success');
    expect(text).toContain('First steps in programming (JavaScript)');
    expect(text).toMatch(/with \d+ of \d+ points \((6\d|[7-9]\d|100)%\)/);
    expect(text).toContain(`on ${today}`);
    expect(await page.locator('.attestation-name.unnamed').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('takes the learner’s name, and shows it', async () => {
    await page.getByLabel('Your name on the attestation').fill('  Ada Lovelace ');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await expect.poll(() => page.locator('.attestation-name').textContent()).toBe('Ada Lovelace');
    expect(await page.getByRole('status').filter({ hasText: 'Name saved.' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('.attestation-name').textContent()).toBe('Ada Lovelace');
    expect(await page.title()).toBe(
      'Attestation of success — First steps in programming (JavaScript) — Ada Lovelace',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('prints alone on one page: no header, no buttons, no form', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.attestation-actions').isVisible()).toBe(false);
    expect(await page.locator('.attestation').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(path.join(screenshotDir, 'attestation.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });

  it('is in French too', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Attestation de réussite' }).waitFor();
    expect(await page.locator('.attestation').textContent()).toContain(
      'Premiers pas en programmation (JavaScript)',
    );
    await page.screenshot({ path: path.join(screenshotDir, 'attestation-fr.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('logs no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
