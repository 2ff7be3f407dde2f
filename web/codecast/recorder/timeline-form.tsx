// Adding to the timeline at the current moment (live while recording, at the playhead while editing): a
// chapter, a note (a bubble on the caret's line, or the selected lines highlighted) or a checkpoint. Every
// text is asked in English and French, as learners read either.
import { type FormEvent, useId, useState } from 'react';
import type { Annotation, Checkpoint, CodecastTimeline } from '../../../contracts/codecast.ts';
import type { LocalizedText } from '../../../contracts/localized-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatClock } from '../format-clock.ts';
import { addAnnotation, addChapter, addCheckpoint } from './take.ts';

type Kind = 'chapter' | 'bubble' | 'highlight' | 'checkpoint';

export interface TimelineFormProps {
  /** The moment the item is added at (read when submitted). */
  now(): number;
  /** The file shown and the lines the caret or selection covers. */
  where(): { file: number; fromLine: number; toLine: number };
  defaultExercise: string | null;
  onAdd(change: (timeline: CodecastTimeline) => CodecastTimeline, atMs: number): void;
}

/** How long a note stays up unless the teacher says otherwise. */
const defaultNoteSeconds = 6;

export function TimelineForm({ now, where, defaultExercise, onAdd }: TimelineFormProps) {
  const { t } = useI18n();
  const r = t.codecast.recorder;
  const id = useId();
  const [kind, setKind] = useState<Kind>('chapter');
  const [en, setEn] = useState('');
  const [fr, setFr] = useState('');
  const [seconds, setSeconds] = useState(String(defaultNoteSeconds));
  const [exercise, setExercise] = useState(defaultExercise ?? '');
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const atMs = now();
    const text: LocalizedText = { en: en.trim(), fr: fr.trim() };
    if ((!text.en || !text.fr) && kind !== 'highlight') {
      setMessage(r.bothLanguages);
      return;
    }
    if (kind === 'chapter') onAdd((timeline) => addChapter(timeline, { atMs, title: text }), atMs);
    else if (kind === 'checkpoint') {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(exercise)) {
        setMessage(r.exerciseNeeded);
        return;
      }
      const checkpoint: Checkpoint = { atMs, exercise, prompt: text };
      onAdd((timeline) => addCheckpoint(timeline, checkpoint), atMs);
    } else {
      const lines = where();
      const endMs = atMs + Math.max(1, Number(seconds) || defaultNoteSeconds) * 1000;
      const annotation: Annotation =
        kind === 'bubble'
          ? { kind: 'bubble', startMs: atMs, endMs, text, file: lines.file, line: lines.fromLine }
          : {
              kind: 'highlight',
              startMs: atMs,
              endMs,
              file: lines.file,
              fromLine: lines.fromLine,
              toLine: lines.toLine,
              ...(text.en && text.fr ? { text } : {}),
            };
      onAdd((timeline) => addAnnotation(timeline, annotation), atMs);
    }
    setMessage(r.added(r.kinds[kind], formatClock(atMs)));
    setEn('');
    setFr('');
  };

  return (
    <form className="timeline-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{r.addTitle}</h3>
      <label>
        {r.kind}{' '}
        <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          {(['chapter', 'bubble', 'highlight', 'checkpoint'] as const).map((k) => (
            <option key={k} value={k}>
              {r.kinds[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {r.textEn} <input value={en} onChange={(event) => setEn(event.target.value)} lang="en" />
      </label>
      <label>
        {r.textFr} <input value={fr} onChange={(event) => setFr(event.target.value)} lang="fr" />
      </label>
      {(kind === 'bubble' || kind === 'highlight') && (
        <label>
          {r.noteSeconds}{' '}
          <input
            type="number"
            min={1}
            max={600}
            value={seconds}
            onChange={(event) => setSeconds(event.target.value)}
          />
        </label>
      )}
      {kind === 'checkpoint' && (
        <label>
          {r.checkpointExercise}{' '}
          <input value={exercise} onChange={(event) => setExercise(event.target.value)} />
        </label>
      )}
      <p className="take-over-note">{kind === 'bubble' || kind === 'highlight' ? r.linesHint : r.timeHint}</p>
      <button type="submit">{r.add}</button>
      <p role="status">{message}</p>
    </form>
  );
}
