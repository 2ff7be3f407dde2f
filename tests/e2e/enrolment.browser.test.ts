// A private course in a real browser: its exercise is closed to a learner who is not enrolled (the page
// says why and links to the course), a wrong key is refused with a message that says what to do, the
// right key opens the course, and then the exercise. axe-core on each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const key = 'ORANGE-TIGER-42';

describe('a private course', () => {
  let app: RunningApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await serveApp({
      privateCourse: {
        slug: 'private-class',
        key,
        exercises: [{ slug: 'private-is-even', copyOf: 'is-even' }],
      },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens its exercise only after enrolment with the right key', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.origin}/exercise/private-is-even`);
    const closed = page.getByRole('alert');
    await closed.getByText('This exercise belongs to a private course').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await closed.getByRole('link').click();
    await page.waitForURL('**/course/private-class');
    const keyInput = page.getByLabel('Enrolment key');
    await keyInput.fill('orange-tiger-41');
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByText('This key is not the right one').waitFor();
    expect(await keyInput.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);

    // Case, spaces and dashes do not matter.
    await keyInput.fill(' orange tiger 42 ');
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByText('You are enrolled').waitFor();
    expect(await page.getByLabel('Enrolment key').count()).toBe(0);

    await page.goto(`${app.origin}/exercise/private-is-even`);
    await page.getByRole('heading', { level: 1, name: 'Is it even?' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
