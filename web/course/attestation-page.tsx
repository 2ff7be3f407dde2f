// /course/:slug/attestation — the learner's attestation of success, once their score reached the course's
// threshold: their display name, the course, the date it was reached, the score, and a reference their
// teacher can look up. "Print / Save as PDF" uses the browser's printing, with attestation.css giving a
// page with nothing else on it.
import { useEffect, useState } from 'react';
import type { CourseAttestation } from '../../contracts/course-attestation.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchAttestation } from '../api/course-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { coursePaths } from './course-paths.ts';
import { DisplayNameForm } from './display-name-form.tsx';
import './attestation.css';

type Load =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; attestation: CourseAttestation };

export function AttestationPage({ api, course }: { api: ApiClient; course: string }) {
  const { t, text, locale, formatNumber } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    fetchAttestation(api, course).then(
      (attestation) => !cancelled && setLoad({ state: 'ready', attestation }),
      (error: unknown) =>
        !cancelled &&
        setLoad({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, course]);

  useEffect(() => {
    if (load.state !== 'ready') return;
    const { attestation } = load;
    // The title is the file name the browser offers for "Save as PDF".
    document.title = [t.attestation.title, text(attestation.title), attestation.learner.displayName]
      .filter(Boolean)
      .join(' — ');
  }, [load, t, text]);

  if (load.state === 'loading') return <p role="status">{t.loading}</p>;
  if (load.state === 'failed') {
    return (
      <div role="alert">
        <p>{t.loadFailed}</p>
        <p>{load.message}</p>
      </div>
    );
  }
  const { attestation } = load;
  const { standing, learner } = attestation;
  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  const points = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  const share = standing.maxScore > 0 ? standing.score / standing.maxScore : 0;
  const back = (
    <a href={coursePaths.course(attestation.course)} className="attestation-back">
      {t.attestation.back}
    </a>
  );

  if (standing.earnedAt === null) {
    return (
      <div className="attestation-page">
        <h1>{t.attestation.title}</h1>
        <p>
          {t.attestation.notYet(
            points(standing.score),
            points(standing.maxScore),
            percent(standing.passThreshold),
          )}
        </p>
        {back}
      </div>
    );
  }

  const setDisplayName = (displayName: string | null) =>
    setLoad({ state: 'ready', attestation: { ...attestation, learner: { ...learner, displayName } } });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(standing.earnedAt);
  return (
    <div className="attestation-page">
      <article className="attestation" aria-labelledby="attestation-title">
        <p className="attestation-issuer">{t.appName}</p>
        <h1 id="attestation-title">{t.attestation.title}</h1>
        <p>{t.attestation.attests}</p>
        {learner.displayName ? (
          <p className="attestation-name">{learner.displayName}</p>
        ) : (
          <p className="attestation-name unnamed">
            <span className="visually-hidden">{t.attestation.unnamed}</span>
          </p>
        )}
        <p>{t.attestation.passed}</p>
        <p className="attestation-course">{text(attestation.title)}</p>
        <p>
          {t.attestation.score(points(standing.score), points(standing.maxScore), percent(share))}
          <br />
          {t.attestation.date(date)}
        </p>
        <p className="attestation-small">{t.attestation.threshold(percent(standing.passThreshold))}</p>
        <footer className="attestation-small">
          <p>{t.attestation.reference(learner.id)}</p>
          <p>{t.attestation.issuedBy(t.appName, location.origin)}</p>
        </footer>
      </article>
      <div className="attestation-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t.attestation.print}
        </button>
        {back}
        <DisplayNameForm api={api} displayName={learner.displayName} onSaved={setDisplayName} />
      </div>
    </div>
  );
}
