// What a recorded run keeps of the grader's answer: the verdict, the visible tests' count, and an output
// a learner can read in either language (symbols and values, not sentences): one line per visible test,
// with its console output under it.
import type { RecordedRun } from '../../../contracts/codecast-chunk.ts';
import type { GradeResult } from '../../../contracts/grade-result.ts';

export function recordedRunOf(result: GradeResult, sourceHash: string): RecordedRun {
  const visible = result.tests.filter((test) => !test.hidden);
  const lines = visible.flatMap((test) => {
    const mark = test.status === 'passed' ? '✓' : '✗';
    const call = test.input ?? test.name.en;
    const got =
      test.status === 'passed'
        ? (test.actual ?? '')
        : `${test.actual ?? test.status} ≠ ${test.expected ?? '?'}`;
    const output = test.output?.trimEnd();
    return [
      `${mark} ${call}${got ? ` → ${got}` : ''}`,
      ...(output ? output.split('\n').map((l) => `  ${l}`) : []),
    ];
  });
  for (const diagnostic of result.diagnostics)
    lines.push(`! ${diagnostic.location ? `${diagnostic.location.line}: ` : ''}${diagnostic.message.en}`);
  return {
    sourceHash,
    status: result.status,
    ...(visible.length > 0
      ? { testsPassed: visible.filter((test) => test.status === 'passed').length, testsTotal: visible.length }
      : {}),
    output: lines.join('\n'),
  };
}

/** sha256 of the code that was run, hex (the format's `sourceHash`). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
