// What each explainer answers before it becomes a feedback message: which explanation it is (the
// `builtin:` rule id), the misconception it reveals (for statistics), the words and the place.
import type { FeedbackMessage } from '../../../contracts/grade-result.ts';
import type { LocalizedText } from '../../../contracts/localized-text.ts';
import type { SourceLocation } from '../../../contracts/source-location.ts';

export interface Explanation {
  id: string;
  tag: string;
  text: LocalizedText;
  location?: SourceLocation | undefined;
}

export function toFeedback(explanation: Explanation): FeedbackMessage {
  return {
    ruleId: `builtin:${explanation.id}`,
    tag: explanation.tag,
    text: explanation.text,
    ...(explanation.location ? { location: explanation.location } : {}),
  };
}
