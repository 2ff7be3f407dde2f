// / — the courses: each with its description and how far the learner is; its title opens the course page.
import { useEffect, useState } from 'react';
import type { CatalogueCourse } from '../../contracts/course-catalogue.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchCourses } from '../api/course-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { coursePaths } from './course-paths.ts';
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
          <h2 id={`course-${course.slug}`}>
            <a href={coursePaths.course(course.slug)}>{text(course.title)}</a>
          </h2>
          <p>{text(course.description)}</p>
          <CourseProgress course={course} />
        </section>
      ))}
    </div>
  );
}
