// The grade as a teacher reads it in a terminal: one line per test, then the feedback a learner would get.
import type { GradeResult } from '../../contracts/grade-result.ts';
import type { Locale } from '../../contracts/localized-text.ts';

const marks: Record<string, string> = {
  passed: '✓',
  failed: '✗',
  error: '!',
  timeout: '⧗',
  memory: 'M',
  output: 'O',
  skipped: '-',
};

export function formatResult(result: GradeResult, locale: Locale): string {
  const lines: string[] = [];
  lines.push(
    `${result.status.toUpperCase()}  ${result.score}/${result.maxScore} points  (${result.durationMs.toFixed(1)} ms)`,
  );
  for (const diagnostic of result.diagnostics) {
    const at = diagnostic.location ? `line ${diagnostic.location.line}:${diagnostic.location.column}: ` : '';
    lines.push(`  ${diagnostic.kind} ${at}${diagnostic.message[locale]}`);
  }
  for (const test of result.tests) {
    const hidden = test.hidden ? ' (hidden)' : '';
    lines.push(`  ${marks[test.status] ?? '?'} ${test.status.padEnd(7)} ${test.name[locale]}${hidden}`);
    if (test.input !== undefined && test.status !== 'passed') lines.push(indent('input:    ', test.input));
    if (test.expected !== undefined && test.status !== 'passed')
      lines.push(indent('expected: ', test.expected));
    if (test.actual !== undefined && test.status !== 'passed') lines.push(indent('actual:   ', test.actual));
    if (test.output && test.kind !== 'program') lines.push(indent('console:  ', test.output));
    if (test.message) lines.push(indent('', test.message[locale]));
  }
  if (result.feedback.length > 0) {
    lines.push('Feedback:');
    for (const message of result.feedback) {
      const at = message.location ? ` line ${message.location.line}` : '';
      lines.push(indent(`• [${message.ruleId}]${at} `, message.text[locale]));
    }
  }
  return lines.join('\n');
}

function indent(label: string, text: string): string {
  const pad = ' '.repeat(6 + label.length);
  return `      ${label}${text.split('\n').join(`\n${pad}`)}`;
}
