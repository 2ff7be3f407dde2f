import { describe, expect, it } from 'vitest';
import { createOutputCollector } from './output-collector.ts';

describe('createOutputCollector', () => {
  it('keeps lines, each ended by a newline', () => {
    const output = createOutputCollector(1024);
    expect(output.write('a')).toBe(true);
    expect(output.write('')).toBe(true);
    expect(output.text).toBe('a\n\n');
    expect(output.truncated).toBe(false);
  });

  it('cuts at the byte limit, says so, and refuses everything after', () => {
    const output = createOutputCollector(10);
    expect(output.write('12345')).toBe(true);
    expect(output.write('67890')).toBe(false);
    expect(output.write('more')).toBe(false);
    expect(output.text).toBe('12345\n6789');
    expect(output.truncated).toBe(true);
    expect(output.shown).toContain('[output cut');
  });

  it('counts bytes, not characters, and never splits a character', () => {
    const output = createOutputCollector(7);
    expect(output.write('ééé')).toBe(true);
    expect(output.write('é')).toBe(false);
    expect(output.text).toBe('ééé\n');
  });
});
