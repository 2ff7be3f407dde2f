// One test's outcome. A visible test shows its call, expected against actual, and the console output; a
// hidden one only its name, verdict and the plain-words reason (the server sends nothing more). A
// property test's counter-example arrives as its input, so it reads like any other test case.
import type { TestResult } from '../../contracts/grade-result.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { InlineMarkdown } from './inline-markdown.tsx';
import { ValueDifference } from './value-difference.tsx';

export function TestResultItem({ test }: { test: TestResult }) {
  const { t, text, formatNumber } = useI18n();
  const passed = test.status === 'passed';
  return (
    <li className={`test-result ${passed ? 'passed' : 'not-passed'}`}>
      <div className="test-heading">
        <span className="verdict" data-status={test.status}>
          {passed ? '✓' : '✗'} {t.results.testStatus[test.status]}
        </span>
        <span className="test-name">{text(test.name)}</span>
        {test.hidden && <span className="badge">{t.results.hidden}</span>}
        {test.location && <span className="test-line">{t.results.line(test.location.line)}</span>}
        <span className="test-duration">
          {t.results.durationMs(formatNumber(Math.round(test.durationMs)))}
        </span>
      </div>
      {test.message && !passed && (
        <p className="test-message">
          <InlineMarkdown text={text(test.message)} />
        </p>
      )}
      {test.input !== undefined && (
        <p className="test-input">
          {t.results.input} <code>{test.input}</code>
        </p>
      )}
      {!passed && test.expected !== undefined && test.actual !== undefined && (
        <ValueDifference expected={test.expected} actual={test.actual} />
      )}
      {test.output && (
        <details open={!passed}>
          <summary>{t.results.output}</summary>
          <pre className="console-output">{test.output}</pre>
          {test.outputTruncated && <p>{t.results.outputTruncated}</p>}
        </details>
      )}
    </li>
  );
}
