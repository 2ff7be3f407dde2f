// One learner's attempt as their teacher reads it: when, whose, the outcome; opened, the code as submitted
// and the result the learner saw (feedback first, then each test).
import type { TeacherAttempt } from '../../contracts/teacher-views.ts';
import { FeedbackList } from '../exercise/feedback-list.tsx';
import { TestResultItem } from '../exercise/test-result-item.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LearnerLink, learnerLabel } from './learner-name.tsx';

export function AttemptDetails({ attempt }: { attempt: TeacherAttempt }) {
  const { t, formatDate, formatNumber } = useI18n();
  const outcome =
    attempt.status !== 'done'
      ? t.teacher.attemptPending
      : attempt.result && attempt.score !== undefined && attempt.maxScore !== undefined
        ? t.teacher.attemptOutcome(
            t.results.testStatus[attempt.result.status],
            formatNumber(attempt.score),
            formatNumber(attempt.maxScore),
          )
        : t.teacher.attemptFault;
  return (
    <details className={`teacher-attempt ${attempt.result?.status ?? attempt.status}`}>
      <summary>
        {t.teacher.attemptSummary(formatDate(attempt.createdAt), learnerLabel(t, attempt), outcome)}
      </summary>
      <p>
        <LearnerLink learnerId={attempt.learnerId} displayName={attempt.displayName} /> —{' '}
        <span className="muted">{t.teacher.learnerPage}</span>
      </p>
      <h3>{t.teacher.code}</h3>
      <pre className="submitted-code">
        <code>{attempt.code}</code>
      </pre>
      {attempt.result && (
        <>
          <FeedbackList feedback={attempt.result.feedback} diagnostics={attempt.result.diagnostics} />
          <ul className="test-results">
            {attempt.result.tests.map((test) => (
              <TestResultItem key={test.id} test={test} />
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
