// The whole beginner scenario of issue 5, in one browser session against the real server and grader: open
// the demo course, open an exercise, submit one of the teacher's known-wrong solutions and read the
// teacher's message for that mistake, make a runtime error and find the marker on its line, fix the code,
// submit, see success, go back to the course page and find the exercise passed; a reload keeps the draft,
// switching to French translates the page; axe-core checks every page visited.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../contracts/exercise.ts';
import { loadTestExercise } from '../../server/testing/test-app.ts';
import { seriousViolations } from './axe.ts';
import { collectConsoleErrors, launchBrowser, type TestBrowser } from './browser.ts';
import { editorText, pasteCode } from './monaco.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const slug = 'sum-of-array';
const screenshotDir = path.resolve('dist/e2e');

/** Markdown as the page shows it: without its marks, on one line. */
const asShown = (markdown: string) => markdown.replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();

// `n.value` is undefined: a TypeError on line 4, the line the marker must be on.
const runtimeErrorLine = 4;
const runtimeError = `function sum(numbers) {
  let total = 0;
  for (const n of numbers) {
    total = total + n.value.size;
  }
  return total;
}
`;

describe('a beginner’s journey through the demo course', () => {
  let app: RunningApp;
  let browser: TestBrowser;
  let page: Page;
  let exercise: Exercise;
  let wrong: { source: string; message: string };
  const consoleErrors: string[] = [];
  const visited: string[] = [];

  /** axe-core on the page as it is now; every page of the journey goes through here. */
  async function checkAccessibility(name: string) {
    visited.push(name);
    expect(await seriousViolations(page), name).toEqual([]);
  }

  const status = () => page.locator('.results-status').textContent();

  beforeAll(async () => {
    [app, browser, exercise] = await Promise.all([serveApp(), launchBrowser(), loadTestExercise(slug)]);
    // A known-wrong solution of the teacher's with exactly one feedback rule: its message is what the
    // learner must read.
    const known = exercise.knownWrong.find(
      (entry) => entry.status === 'failed' && entry.feedback.length === 1,
    );
    const rule = exercise.spec.feedback.find((candidate) => candidate.id === known?.feedback[0]);
    if (!known || !rule) throw new Error(`${slug} has no known-wrong solution with one feedback rule`);
    wrong = { source: known.source, message: rule.message.en };
    page = await browser.context.newPage();
    collectConsoleErrors(page, consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens the demo course from the course list', async () => {
    await page.goto(app.origin);
    const course = page.getByRole('link', { name: 'First steps in programming (JavaScript)' });
    await course.waitFor();
    await checkAccessibility('course list');
    await course.click();
    await page.waitForURL('**/course/first-steps');
    await page.getByRole('heading', { level: 1, name: 'First steps in programming (JavaScript)' }).waitFor();
    expect(await page.locator('.course-standing').textContent()).toMatch(
      /Your points in this course: 0 of \d+/,
    );
    await checkAccessibility('course page');
  });

  it('opens an exercise of the course, with the starter code in the editor', async () => {
    await page.getByRole('link', { name: 'Sum of an array' }).click();
    await page.waitForURL(`**/exercise/${slug}`);
    await page.locator('.monaco-editor .view-lines').waitFor();
    expect(await editorText(page)).toContain('function sum(numbers)');
    await checkAccessibility('exercise page');
  });

  it('submits a wrong solution and reads the teacher’s message for that very mistake', async () => {
    await pasteCode(page, page, wrong.source);
    await expect.poll(() => editorText(page)).toContain(wrong.source.split('\n')[1]?.trim() ?? '');
    await page.getByRole('button', { name: /^Submit/ }).click();
    await expect
      .poll(status, { timeout: 60_000 })
      .toMatch(/^Submission — Some tests did not pass\. Score: \d+ \/ 7$/);
    const feedback = asShown((await page.locator('.feedback').textContent()) ?? '');
    expect(feedback).toContain(asShown(wrong.message));
    // The personalised message comes before the list of tests.
    const feedbackFirst = await page.evaluate(() => {
      const feedbackBox = document.querySelector('.feedback');
      const tests = document.querySelector('.test-results');
      return Boolean(
        feedbackBox && tests && feedbackBox.compareDocumentPosition(tests) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(feedbackFirst).toBe(true);
    await checkAccessibility('exercise page, failed submission');
  });

  it('makes a runtime error and finds the editor marker on the line that threw', async () => {
    await pasteCode(page, page, runtimeError);
    await expect.poll(() => editorText(page)).toContain('n.value.size');
    await page.keyboard.press('Control+Enter');
    await expect.poll(status, { timeout: 60_000 }).toMatch(/^Run \(visible tests\) — /);
    expect(await page.locator('.feedback').textContent()).toContain(`line ${runtimeErrorLine}`);
    const marker = page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').first();
    await marker.waitFor();
    const markerBox = await marker.boundingBox();
    const lineBox = await page
      .locator('.monaco-editor .view-line', { hasText: 'n.value.size' })
      .boundingBox();
    expect(markerBox && lineBox).toBeTruthy();
    // The marker is drawn on the line of `n.value.size`, which is line 4.
    expect(Math.abs((markerBox?.y ?? 0) - (lineBox?.y ?? -100))).toBeLessThan((lineBox?.height ?? 0) / 2);
    await checkAccessibility('exercise page, runtime error');
  });

  it('fixes the code, submits it and sees success', async () => {
    await pasteCode(page, page, exercise.solution);
    await expect.poll(() => editorText(page)).not.toContain('n.value.size');
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(status, { timeout: 60_000 }).toBe('Submission — All tests passed. Score: 7 / 7');
    expect(await page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
    await checkAccessibility('exercise page, passed');
  });

  it('keeps the draft across a reload', async () => {
    await expect
      .poll(() => page.locator('.draft-status').textContent(), { timeout: 15_000 })
      .toBe('Draft saved');
    await page.reload();
    await page.locator('.monaco-editor .view-lines').waitFor();
    const firstLine = exercise.solution.split('\n').find((line) => line.includes('function sum'));
    await expect.poll(() => editorText(page)).toContain(firstLine?.trim() ?? 'function sum');
    expect(await editorText(page)).not.toContain('n.value.size');
  });

  it('goes back to the course page and finds the exercise passed', async () => {
    await page.getByRole('navigation', { name: 'Where you are' }).getByRole('link').click();
    await page.waitForURL('**/course/first-steps');
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Sum of an array' }) });
    await expect.poll(() => item.textContent()).toMatch(/Sum of an array ✓ passed/);
    expect(await page.locator('.course-standing').textContent()).toMatch(
      /Your points in this course: 7 of \d+/,
    );
    await checkAccessibility('course page, after the exercise');
  });

  it('switches to French, which translates the page', async () => {
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page
      .getByRole('heading', { level: 1, name: 'Premiers pas en programmation (JavaScript)' })
      .waitFor();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /^Somme d.un tableau$/ }) });
    expect(await item.textContent()).toMatch(/✓ réussi/);
    expect(await page.locator('.course-standing').textContent()).toMatch(/Vos points dans ce cours : 7 sur/);
    expect(await page.getByText('Your points in this course').count()).toBe(0);
    await checkAccessibility('course page, in French');
    await page.getByRole('link', { name: /^Somme d.un tableau$/ }).click();
    await page.waitForURL(`**/exercise/${slug}`);
    await page.getByRole('button', { name: /^Exécuter/ }).waitFor();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await checkAccessibility('exercise page, in French');
    const screenshot = path.join(screenshotDir, 'beginner-journey-fr.png');
    await page.screenshot({ path: screenshot, fullPage: true });
  });

  it('visited every page with axe-core, and logged no error in the console', () => {
    expect(visited).toHaveLength(9);
    expect(consoleErrors).toEqual([]);
  });
});
