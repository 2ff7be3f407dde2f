// What came of the last run or submission. The status line is an ARIA live region, so a screen reader
// hears "running", "queued", then the verdict; the feedback comes before the list of tests.
import { useI18n } from '../i18n/i18n-context.tsx';
import { FeedbackList } from './feedback-list.tsx';
import { TestResultItem } from './test-result-item.tsx';
import type { GradingState } from './use-grading.ts';

export function ResultsPanel({ state }: { state: GradingState }) {
  const { t, formatNumber } = useI18n();
  const result = state.phase === 'done' ? state.result : undefined;
  const submitted = state.phase === 'done' && state.kind === 'submit';
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title">{t.results.title}</h2>
      <p
        className={`results-status ${result?.status ?? state.phase}`}
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {statusLine(state, t)}
        {result && submitted && (
          <> {t.results.score(formatNumber(result.score), formatNumber(result.maxScore))}</>
        )}
      </p>
      {result && (
        <>
          <FeedbackList feedback={result.feedback} diagnostics={result.diagnostics} />
          {result.tests.length > 0 && (
            <section aria-labelledby="tests-title">
              <h3 id="tests-title">{t.results.tests}</h3>
              <ul className="test-results">
                {result.tests.map((test) => (
                  <TestResultItem key={test.id} test={test} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}

function statusLine(state: GradingState, t: ReturnType<typeof useI18n>['t']): string {
  switch (state.phase) {
    case 'idle':
      return t.results.none;
    case 'running':
      return state.kind === 'run' ? t.results.running : t.results.submitting;
    case 'queued':
      return t.results.queued(state.position);
    case 'grading':
      return t.results.grading;
    case 'fault':
      return t.results.fault;
    case 'failed':
      return t.results.apiErrors[state.code] ?? t.results.requestFailed(state.message);
    case 'done': {
      const label = state.kind === 'run' ? t.results.runLabel : t.results.submitLabel;
      return `${label} — ${t.results[state.result.status]}`;
    }
  }
}
