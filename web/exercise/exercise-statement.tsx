// The statement, from the teacher's Markdown, its headings under the page's h1 (## and below in the files). No raw HTML is rendered (react-markdown drops it without
// rehype-raw, and skipHtml makes that explicit), and link targets go through its URL filter.
import Markdown from 'react-markdown';
import { withoutLeadingTitle } from './without-leading-title.ts';

export function ExerciseStatement({ markdown }: { markdown: string }) {
  return (
    <div className="statement">
      <Markdown skipHtml>{withoutLeadingTitle(markdown)}</Markdown>
    </div>
  );
}
