// The Monaco editor as a test drives it: its text as drawn, and pasting a whole program the way a learner's
// Ctrl+V does (a paste event carrying the text), since typing it would meet Monaco's auto-closing brackets.
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** Where the editor is: the page, an iframe, or an element holding it (when a page has several). */
type Scope = Page | FrameLocator | Locator;

/** The code as the editor draws it (Monaco draws spaces as no-break spaces); visible lines only. */
export async function editorText(scope: Scope): Promise<string> {
  const text = await scope.locator('.monaco-editor .view-lines').textContent();
  return (text ?? '').replaceAll('\u00a0', ' ');
}

/** Replaces the editor's whole content with `code`, as select-all then paste. */
export async function pasteCode(page: Page, scope: Scope, code: string): Promise<void> {
  await scope.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  // The editor's input element has the focus (a textarea, or Chromium's EditContext element).
  await scope.locator('.monaco-editor').evaluate((editor, text) => {
    const input = editor.ownerDocument.activeElement;
    if (!input || !editor.contains(input)) throw new Error('the editor does not have the focus');
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, code);
}
