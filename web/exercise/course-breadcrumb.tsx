// Above an exercise, the way back to its course (the first course that lists it), so a learner who
// finished it sees where it leaves them. Nothing is shown for an exercise in no course.
import { useEffect, useState } from 'react';
import type { CatalogueCourse } from '../../contracts/course-catalogue.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchCourses } from '../api/course-api.ts';
import { coursePaths } from '../course/course-paths.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../course/course.css';

export function CourseBreadcrumb({ api, exercise }: { api: ApiClient; exercise: string }) {
  const { t, text } = useI18n();
  const [course, setCourse] = useState<CatalogueCourse | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetchCourses(api).then(
      (courses) => {
        if (cancelled) return;
        const found = courses.find((candidate) =>
          candidate.modules.some((module) => module.exercises.some((entry) => entry.slug === exercise)),
        );
        setCourse(found ?? null);
      },
      // Only a shortcut: the header still leads home.
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [api, exercise]);

  if (!course) return null;
  return (
    <nav aria-label={t.course.breadcrumb} className="course-breadcrumb">
      <a href={coursePaths.course(course.slug)}>← {text(course.title)}</a>
    </nav>
  );
}
