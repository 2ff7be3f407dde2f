// A table that scrolls sideways on a narrow screen instead of widening the page. The scrolling box is
// focusable and named by the caption, so a keyboard user can scroll it too (axe: scrollable-region-focusable).
// A longer description stays outside the scrolling box, at the page's width, and describes the table.
import { type ReactNode, useId } from 'react';

export interface DataTableProps {
  caption: string;
  description?: string;
  children: ReactNode;
}

export function DataTable({ caption, description, children }: DataTableProps) {
  const id = useId();
  return (
    <>
      {description && <p id={`${id}-description`}>{description}</p>}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className="table-scroll" aria-labelledby={id} tabIndex={0}>
        <table {...(description ? { 'aria-describedby': `${id}-description` } : {})}>
          <caption id={id}>{caption}</caption>
          {children}
        </table>
      </section>
    </>
  );
}
