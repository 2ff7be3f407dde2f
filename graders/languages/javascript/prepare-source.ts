// A learner's source made ready to run: TypeScript types blanked out (so every line and column still
// points at what the learner typed), parsed as a classic script, and every problem that stops it from
// running turned into a diagnostic a beginner can act on.
import type { Program } from 'acorn';
import { parse } from 'acorn';
import { transformSync } from 'amaro';
import type { Diagnostic } from '../../../contracts/grade-result.ts';
import { collectDeclaredNames } from './declared-names.ts';
import { explainSyntaxError } from './explain-syntax-error.ts';
import { formatBytes } from './format-amounts.ts';
import { readAcornError, readAmaroError } from './read-parse-error.ts';
import { syntaxMessages } from './syntax-messages.ts';

export interface PreparedProgram {
  ok: true;
  /** JavaScript to run, with the same lines and columns as the source. */
  program: string;
  ast: Program;
  /** Every name declared anywhere in the program, in source order. */
  declaredNames: string[];
}

export type PrepareResult =
  | PreparedProgram
  | {
      ok: false;
      diagnostics: Diagnostic[];
      /** The parser's own words ("Unexpected token"), for teachers' rules about syntax errors. */
      parserMessage?: string;
    };

export function prepareSource(
  source: string,
  language: 'javascript' | 'typescript',
  options: { maxBytes: number },
): PrepareResult {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > options.maxBytes) {
    const message = syntaxMessages.tooLarge(formatBytes(bytes), formatBytes(options.maxBytes));
    return { ok: false, diagnostics: [{ kind: 'too-large', message }] };
  }

  let program = source;
  if (language === 'typescript') {
    try {
      program = transformSync(source, { mode: 'strip-only' }).code;
    } catch (error) {
      const problem = readAmaroError(error, source);
      if (!problem) throw error;
      return failed(explainSyntaxError(problem, source), problem.raw);
    }
  }

  let ast: Program;
  try {
    // Learner programs are classic scripts: one file, no modules, top-level names visible to the tests.
    ast = parse(program, { ecmaVersion: 'latest', sourceType: 'script', locations: true });
  } catch (error) {
    const problem = readAcornError(error);
    if (!problem) throw error;
    return failed(explainSyntaxError(problem, source, program), problem.raw);
  }
  return { ok: true, program, ast, declaredNames: collectDeclaredNames(ast) };
}

function failed(explanation: ReturnType<typeof explainSyntaxError>, parserMessage: string): PrepareResult {
  return {
    ok: false,
    diagnostics: [{ kind: explanation.kind, message: explanation.message, location: explanation.location }],
    parserMessage,
  };
}
