// A codecast with a voice, end to end: Chromium's fake microphone (a beeping tone) is tested in the
// recorder (its level meter moves), recorded with MediaRecorder into IndexedDB alongside the code, saved
// with the narration to the server, and played back with the audio element as the master clock: the
// cast's time is the audio's, speed changes keep the pitch, seeking moves the audio.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { chromiumPath, collectConsoleErrors } from './browser.ts';
import { editorText } from './monaco.ts';
import { type RunningApp, serveApp } from './serve-app.ts';

const teacher = { name: 'voice-teacher', password: 'a long enough password' };
const castId = 'e2e-voice-cast';
const typed = '// said and typed';

/** The audio element's state, as the page has it. */
function audioState(page: Page) {
  return page.evaluate(() => {
    const audio = document.querySelector('audio');
    return audio
      ? {
          time: audio.currentTime,
          rate: audio.playbackRate,
          pitch: audio.preservesPitch,
          paused: audio.paused,
        }
      : null;
  });
}

describe('a codecast with a voice', () => {
  let app: RunningApp;
  let context: BrowserContext;
  let userDataDir: string;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    userDataDir = await mkdtemp(path.join(tmpdir(), 'codecast-e2e-voice-'));
    [app, context] = await Promise.all([
      serveApp({ teachers: [teacher] }),
      // browser.ts's Chromium, plus a fake microphone that is granted without asking, and audio that may
      // start from the test's clicks (headless has no sound card; Chromium plays into a fake sink).
      chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          '--autoplay-policy=no-user-gesture-required',
        ],
        viewport: { width: 1280, height: 900 },
      }),
    ]);
    page = await context.newPage();
    collectConsoleErrors(page, consoleErrors);
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
    await app?.close();
  });

  it('tests the microphone: its level moves', async () => {
    await page.goto(`${app.origin}/codecast/record`);
    await page.getByLabel('Name').fill(teacher.name);
    await page.getByLabel('Password').fill(teacher.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'New codecast' }).click();
    await page.getByLabel('Id', { exact: true }).fill(castId);
    await page.getByLabel('Title in English').fill('With a voice');
    await page.getByLabel('Title in French').fill('Avec une voix');
    await page.getByLabel('Exercise it is tied to (its id)').fill('sum-of-array');
    await page.getByRole('button', { name: 'Test the microphone' }).click();
    await page.getByText('Your voice is recorded.').waitFor();
    await expect
      .poll(() => page.locator('meter').evaluate((meter: HTMLMeterElement) => meter.value), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('records the voice with the code, and saves both', async () => {
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.insertText(typed);
    await page.waitForTimeout(3_000);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByRole('heading', { name: /The take \(/ }).waitFor();
    await page
      .getByLabel('Captions (English)', { exact: true })
      .fill('WEBVTT\n\n00:00.000 --> 00:01.000\nTyping.\n');
    await page.getByLabel('Captions (Français)').fill('WEBVTT\n\n00:00.000 --> 00:01.000\nOn tape.\n');
    await page.getByRole('button', { name: 'Save to the server' }).click();
    await page.getByText('Saved as a new version.').waitFor({ timeout: 30_000 });
    const manifest = await page.evaluate(async (id) => {
      const response = await fetch(`/api/codecasts/${id}`, {
        headers: { 'X-Requested-With': 'codecast-web' },
      });
      return (await response.json()) as {
        audio?: { mimeType: string; durationMs: number };
        durationMs: number;
      };
    }, castId);
    expect(manifest.audio?.mimeType).toMatch(/^audio\/webm/);
    expect(Math.abs((manifest.audio?.durationMs ?? 0) - manifest.durationMs)).toBeLessThan(1_000);
  });

  it('plays with the audio as the clock, at another speed with the pitch kept, and seeks it', async () => {
    await page.getByRole('link', { name: 'Watch it' }).click();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await page.getByLabel('Speed').selectOption('1.5');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(async () => (await audioState(page))?.time ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0.5);
    const audio = await audioState(page);
    expect(audio).toMatchObject({ rate: 1.5, pitch: true });
    // The timeline follows the voice.
    const shown = Number(await page.getByRole('slider', { name: 'Timeline' }).inputValue());
    expect(Math.abs(shown / 1000 - (audio?.time ?? 0))).toBeLessThan(0.6);
    await page.keyboard.press('k');
    await page.getByRole('slider', { name: 'Timeline' }).press('End');
    await expect.poll(async () => (await audioState(page))?.time ?? 0).toBeGreaterThan(2);
    await expect.poll(() => editorText(page)).toContain(typed);
  });

  it('cuts the narration with the code: saved again as a mixed WAV as long as the cast', async () => {
    await page.goto(`${app.origin}/codecast/record`);
    await page.getByRole('button', { name: /^Open/ }).click();
    await page.getByLabel('From', { exact: true }).fill('0:00.5');
    await page.getByLabel('To', { exact: true }).fill('0:01.5');
    await page.getByRole('button', { name: 'Cut', exact: true }).click();
    await page.getByRole('button', { name: 'Save to the server' }).click();
    await page.getByText('Saved as a new version.').waitFor({ timeout: 30_000 });
    const manifest = await page.evaluate(async (id) => {
      const response = await fetch(`/api/codecasts/${id}`, {
        headers: { 'X-Requested-With': 'codecast-web' },
      });
      return (await response.json()) as {
        audio?: { mimeType: string; durationMs: number };
        durationMs: number;
      };
    }, castId);
    expect(manifest.audio?.mimeType).toBe('audio/wav');
    expect(manifest.audio?.durationMs).toBe(manifest.durationMs);
  });

  it('logs no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
