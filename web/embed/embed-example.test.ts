// The README shows the embedding example that the browser test loads (docs/embed-example.html): the two
// must be the same page, so what a reader copies is what is tested.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the README embedding example', () => {
  it('is docs/embed-example.html, character for character', async () => {
    const [readme, example] = await Promise.all([read('README.md'), read('docs/embed-example.html')]);
    const section = readme.slice(readme.indexOf('## Embed an exercise in a course page'));
    const block = /```html\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(example);
  });

  it('listens to the messages the embedded page sends, checking where they come from', async () => {
    const example = await read('docs/embed-example.html');
    const sent = await read('web/embed/host-messages.ts');
    for (const type of ['codecast:height', 'codecast:graded']) {
      expect(sent).toContain(`type: '${type}'`);
      expect(example).toContain(`'${type}'`);
    }
    expect(example).toContain('event.source !== frame.contentWindow');
  });
});
