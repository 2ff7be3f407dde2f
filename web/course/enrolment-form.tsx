// The enrolment key form of a private course: the learner types the key their teacher gave, and the
// course's exercises open. Each refusal says what to do next, in the learner's language.
import { type FormEvent, useId, useState } from 'react';
import { type ApiClient, ApiRequestError } from '../api/api-client.ts';
import { enrol } from '../api/enrolment-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export interface EnrolmentFormProps {
  api: ApiClient;
  course: string;
  onEnrolled(): void;
}

export function EnrolmentForm({ api, course, onEnrolled }: EnrolmentFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [key, setKey] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setProblem('');
    enrol(api, course, key.trim() === '' ? undefined : key)
      .then(onEnrolled, (error: unknown) =>
        setProblem(t.course.enrolRefused(error instanceof ApiRequestError ? error.code : 'failed')),
      )
      .finally(() => setSending(false));
  };

  return (
    <form className="enrolment-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.course.enrolTitle}</h2>
      <label htmlFor={`${id}-key`}>{t.course.keyLabel}</label>
      <p id={`${id}-hint`} className="form-hint">
        {t.course.keyHint}
      </p>
      <div className="form-row">
        <input
          id={`${id}-key`}
          aria-describedby={`${id}-hint ${id}-problem`}
          aria-invalid={problem !== ''}
          value={key}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setKey(event.target.value)}
        />
        <button type="submit" disabled={sending}>
          {t.course.enrol}
        </button>
      </div>
      <p id={`${id}-problem`} role="alert" className="form-status">
        {problem}
      </p>
    </form>
  );
}
