// How far the learner is in a course, as the catalogue tells it: exercises passed, and the share of points
// the attestation asks for. The course page shows the points themselves (course-standing-summary.tsx).
import type { CatalogueCourse } from '../../contracts/course-catalogue.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function CourseProgress({ course }: { course: CatalogueCourse }) {
  const { t, formatNumber } = useI18n();
  const exercises = course.modules.flatMap((module) => module.exercises);
  const passed = exercises.filter((exercise) => exercise.progress.passed).length;
  return (
    <div className="course-progress">
      <label>
        {t.home.progress(passed, exercises.length)}
        <progress max={exercises.length || 1} value={passed} />
      </label>
      {course.passThreshold !== undefined && (
        <p>{t.home.threshold(formatNumber(course.passThreshold, { style: 'percent' }))}</p>
      )}
    </div>
  );
}
