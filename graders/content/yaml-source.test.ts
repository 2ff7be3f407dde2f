import { describe, expect, it } from 'vitest';
import { readYaml } from './yaml-source.ts';

const text = ['title:', '  en: Sum', 'tests:', '  - kind: function', '    args: [[1, 2]]', 'hints:', ''].join(
  '\n',
);

describe('readYaml', () => {
  it('gives the position of a value, or of its key', () => {
    const yaml = readYaml(text);
    expect(yaml.positionOf(['tests', 0, 'kind'])).toEqual({ line: 4, column: 11 });
    expect(yaml.positionOf(['tests', 0, 'kind'], { key: true })).toEqual({ line: 4, column: 5 });
    expect(yaml.positionOf(['tests', 0, 'args', 0, 1])).toEqual({ line: 5, column: 16 });
  });

  it('points a missing field at the key of its parent, where the teacher will add it', () => {
    const yaml = readYaml(text);
    expect(yaml.positionOf(['title', 'fr'])).toEqual({ line: 1, column: 1 });
    expect(yaml.positionOf(['tests', 0, 'expected'])).toEqual({ line: 4, column: 5 });
  });

  it('points an empty value at its key', () => {
    expect(readYaml(text).positionOf(['hints'])).toEqual({ line: 6, column: 1 });
  });

  it('reports a syntax error at its line, with advice, and no data', () => {
    const yaml = readYaml('title:\n  en: x\n\tfr: y\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.syntaxErrors[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^YAML syntax error: /),
    });
  });

  it('reports a key written twice', () => {
    const yaml = readYaml('title: a\ntitle: b\n');
    expect(yaml.syntaxErrors).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringContaining('Remove or rename one of the two.'),
      }),
    ]);
  });
});
