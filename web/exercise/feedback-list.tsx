// The grader's personalised comments and the code's problems: what the learner should read first.
import type { Diagnostic, FeedbackMessage } from '../../contracts/grade-result.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { InlineMarkdown } from './inline-markdown.tsx';

export function FeedbackList({
  feedback,
  diagnostics,
}: {
  feedback: FeedbackMessage[];
  diagnostics: Diagnostic[];
}) {
  const { t, text } = useI18n();
  if (feedback.length === 0 && diagnostics.length === 0) return null;
  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <h3 id="feedback-title">{diagnostics.length > 0 ? t.results.diagnostics : t.results.feedback}</h3>
      <ul>
        {diagnostics.map((diagnostic) => (
          <li
            key={`${diagnostic.kind}:${diagnostic.location?.line}:${diagnostic.message.en}`}
            className="diagnostic"
          >
            {diagnostic.location && (
              <span className="test-line">{t.results.line(diagnostic.location.line)} </span>
            )}
            <InlineMarkdown text={text(diagnostic.message)} />
          </li>
        ))}
        {feedback.map((message) => (
          <li key={`${message.ruleId}:${message.testId ?? ''}:${message.text.en}`}>
            {message.location && <span className="test-line">{t.results.line(message.location.line)} </span>}
            <InlineMarkdown text={text(message.text)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
