// axe-core in the page under test: the serious and critical violations, which fail a test. Evaluated over
// the DevTools protocol rather than added as a <script>: the app's CSP (script-src 'self') rightly refuses
// an inline script, and the test must not loosen it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

export async function seriousViolations(page: Page | Frame): Promise<AxeViolation[]> {
  axeSource ??= readFile(axePath, 'utf8');
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    // axe-core, injected just above, defines a global `axe`.
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
