// / — the courses, their modules and exercises, with the learner's status on each and their progress
// towards the attestation.
import { useEffect, useState } from 'react';
import type { CatalogueCourse } from '../../contracts/course-catalogue.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchCourses } from '../api/course-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { CourseProgress } from './course-progress.tsx';

export function CourseListPage({ api }: { api: ApiClient }) {
  const { t, text } = useI18n();
  const [courses, setCourses] = useState<CatalogueCourse[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    fetchCourses(api).then(setCourses, () => setFailed(true));
  }, [api]);

  useEffect(() => {
    document.title = `${t.home.title} — ${t.appName}`;
  }, [t]);

  if (failed) return <p role="alert">{t.loadFailed}</p>;
  if (!courses) return <p role="status">{t.loading}</p>;
  return (
    <div className="course-list">
      <h1>{t.home.title}</h1>
      <p>{t.home.intro}</p>
      {courses.map((course) => (
        <section key={course.slug} className="course" aria-labelledby={`course-${course.slug}`}>
          <h2 id={`course-${course.slug}`}>{text(course.title)}</h2>
          {course.description && <p>{text(course.description)}</p>}
          <CourseProgress course={course} />
          {course.modules.map((module) => (
            <section key={module.id} className="course-module">
              <h3>{text(module.title)}</h3>
              <ul>
                {module.exercises.map((exercise) => (
                  <li key={exercise.slug}>
                    <a href={`/exercise/${encodeURIComponent(exercise.slug)}`}>{text(exercise.title)}</a>{' '}
                    <span className={`exercise-status ${exercise.progress.passed ? 'passed' : ''}`}>
                      {exercise.progress.passed
                        ? `✓ ${t.home.passed}`
                        : exercise.progress.attempts
                          ? t.home.tried(exercise.progress.attempts)
                          : t.home.notStarted}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
