// The teacher's notes showing now: bubbles and the text of highlighted ranges, with the file and lines
// they point at (the editor draws the lines). A polite live region, so they are heard as they appear.
import type { Annotation, CodecastFile } from '../../contracts/codecast.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function AnnotationNotes({
  annotations,
  files,
}: {
  annotations: readonly Annotation[];
  files: readonly CodecastFile[];
}) {
  const { t, text } = useI18n();
  return (
    <section className="codecast-notes" aria-label={t.codecast.notes}>
      <ul aria-live="polite">
        {annotations.map((annotation) => {
          const file = annotation.file === undefined ? undefined : files[annotation.file]?.name;
          const where =
            annotation.kind === 'highlight'
              ? t.codecast.noteLines(annotation.fromLine, annotation.toLine, file ?? '')
              : annotation.line !== undefined
                ? t.codecast.noteLines(annotation.line, annotation.line, file ?? '')
                : null;
          const body = annotation.text ? text(annotation.text) : t.codecast.highlighted;
          return (
            <li
              key={`${annotation.kind}${annotation.startMs}${annotation.endMs}`}
              className={`note note-${annotation.kind}`}
            >
              {where && <span className="note-where">{where} </span>}
              {body}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
