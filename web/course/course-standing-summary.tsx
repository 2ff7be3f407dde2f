// The learner's points in a course against the share the attestation asks for, and, once reached, the
// way to their attestation. The bar marks the threshold, so "how far still" is visible at a glance.
import type { CourseStanding } from '../../contracts/course-standing.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { coursePaths } from './course-paths.ts';

export function CourseStandingSummary({ course, standing }: { course: string; standing: CourseStanding }) {
  const { t, formatNumber } = useI18n();
  const share = standing.maxScore > 0 ? standing.score / standing.maxScore : 0;
  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  const points = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  return (
    <div className="course-standing">
      <p id="course-points">
        {t.course.points(points(standing.score), points(standing.maxScore), percent(share))}
      </p>
      <div className="standing-bar">
        <progress
          aria-labelledby="course-points"
          max={standing.maxScore || 1}
          value={Math.min(standing.score, standing.maxScore)}
        />
        <span
          className="standing-threshold"
          style={{ left: `${standing.passThreshold * 100}%` }}
          aria-hidden="true"
        />
      </div>
      <p>
        {t.home.progress(standing.exercisesPassed, standing.exerciseCount)}.{' '}
        {t.home.threshold(percent(standing.passThreshold))}
      </p>
      {standing.earnedAt !== null && (
        <div className="attestation-earned">
          <p>{t.course.earned}</p>
          <a href={coursePaths.attestation(course)}>{t.course.viewAttestation}</a>
        </div>
      )}
    </div>
  );
}
