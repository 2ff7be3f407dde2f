// The learner's program as a syntax tree, for explanations that only receive the source. The source may
// be TypeScript, so a plain parse that fails is retried on the source with its types blanked out.
import { type Program, parse } from 'acorn';
import { transformSync } from 'amaro';

export function readProgram(source: string): Program | undefined {
  for (const code of [source, stripTypes(source)]) {
    if (code === undefined) continue;
    try {
      return parse(code, { ecmaVersion: 'latest', sourceType: 'script', locations: true });
    } catch {
      // Tried next as TypeScript; a program that cannot be parsed at all simply gets plainer words.
    }
  }
  return undefined;
}

function stripTypes(source: string): string | undefined {
  try {
    return transformSync(source, { mode: 'strip-only' }).code;
  } catch {
    return undefined;
  }
}
