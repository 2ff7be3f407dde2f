// The grader's explanations are one paragraph of light Markdown (“This `}` closes nothing”, “*before*”):
// code, emphasis and strong are rendered, anything else is unwrapped to its text, raw HTML is dropped.
import Markdown from 'react-markdown';

const inlineElements = ['code', 'em', 'strong'];

export function InlineMarkdown({ text }: { text: string }) {
  return (
    <Markdown skipHtml allowedElements={inlineElements} unwrapDisallowed>
      {text}
    </Markdown>
  );
}
