// Hints, revealed one at a time at the learner's request (the server remembers which, for statistics and
// for the next visit). Each new hint is announced; the button says how many remain.
import { useEffect, useState } from 'react';
import type { HintState } from '../../contracts/hint.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchHints, revealHint } from '../api/exercise-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { InlineMarkdown } from './inline-markdown.tsx';

export function HintPanel({ api, slug }: { api: ApiClient; slug: string }) {
  const { t, text } = useI18n();
  const [hints, setHints] = useState<HintState | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetchHints(api, slug).then(
      (state) => !cancelled && setHints(state),
      () => !cancelled && setHints(null),
    );
    return () => {
      cancelled = true;
    };
  }, [api, slug]);

  if (!hints || hints.hintCount === 0) return null;
  const remaining = hints.hintCount - hints.revealed.length;

  const askForHint = () => {
    setAsking(true);
    revealHint(api, slug)
      .then((hint) => setHints({ ...hints, revealed: [...hints.revealed, hint] }))
      // Refused (another tab revealed the last one): show what the server has.
      .catch(() => fetchHints(api, slug).then(setHints, () => {}))
      .finally(() => setAsking(false));
  };

  return (
    <section className="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">{t.exercise.hints}</h2>
      <ol aria-live="polite">
        {hints.revealed.map((hint) => (
          <li key={hint.index}>
            <InlineMarkdown text={text(hint.text)} />
          </li>
        ))}
      </ol>
      {remaining > 0 && (
        <button type="button" onClick={askForHint} disabled={asking}>
          {t.exercise.showHint(hints.revealed.length + 1, hints.hintCount)}
        </button>
      )}
    </section>
  );
}
