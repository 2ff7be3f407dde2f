// /teacher — every course with its modules and exercises, each exercise with its activity (attempts,
// learners, passed) and a link to its attempts; each course links to its learners. Exercises in no course
// come last.
import { useCallback, useEffect } from 'react';
import type { ExerciseActivity } from '../../contracts/teacher-views.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchCourses } from '../api/course-api.ts';
import { fetchTeacherExercises } from '../api/teacher-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LoadStatus } from './load-status.tsx';
import { teacherPaths } from './teacher-route.ts';
import { useLoad } from './use-load.ts';

export function TeacherOverviewPage({ api }: { api: ApiClient }) {
  const { t, text } = useI18n();
  const loaded = useLoad(
    useCallback(() => Promise.all([fetchCourses(api), fetchTeacherExercises(api)]), [api]),
  );

  useEffect(() => {
    document.title = `${t.teacher.overview} — ${t.appName}`;
  }, [t]);

  return (
    <LoadStatus loaded={loaded}>
      {([courses, exercises]) => {
        const activity = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
        const inCourses = new Set(
          courses.flatMap((course) =>
            course.modules.flatMap((module) => module.exercises.map((e) => e.slug)),
          ),
        );
        const others = exercises.filter((exercise) => !inCourses.has(exercise.slug));
        return (
          <div className="teacher-overview">
            <h1>{t.teacher.overview}</h1>
            {courses.map((course) => (
              <section key={course.slug} aria-labelledby={`teacher-course-${course.slug}`}>
                <h2 id={`teacher-course-${course.slug}`}>{text(course.title)}</h2>
                <p>
                  <a href={teacherPaths.courseLearners(course.slug)}>
                    {t.teacher.learnersLink(text(course.title))}
                  </a>
                </p>
                {course.modules.map((module) => (
                  <section key={module.id} className="course-module">
                    <h3>{text(module.title)}</h3>
                    <ExerciseList
                      exercises={module.exercises.map((exercise) => ({
                        slug: exercise.slug,
                        title: text(exercise.title),
                        activity: activity.get(exercise.slug),
                      }))}
                    />
                  </section>
                ))}
              </section>
            ))}
            {others.length > 0 && (
              <section aria-labelledby="teacher-other-exercises">
                <h2 id="teacher-other-exercises">{t.teacher.otherExercises}</h2>
                <ExerciseList
                  exercises={others.map((exercise) => ({
                    slug: exercise.slug,
                    title: text(exercise.title),
                    activity: exercise,
                  }))}
                />
              </section>
            )}
          </div>
        );
      }}
    </LoadStatus>
  );
}

function ExerciseList({
  exercises,
}: {
  exercises: { slug: string; title: string; activity: ExerciseActivity | undefined }[];
}) {
  const { t } = useI18n();
  return (
    <ul className="teacher-exercises">
      {exercises.map(({ slug, title, activity }) => (
        <li key={slug}>
          <a href={teacherPaths.exerciseAttempts(slug)}>{title}</a>{' '}
          <span className="activity">
            {t.teacher.activity(
              activity?.attempts ?? 0,
              activity?.learners ?? 0,
              activity?.learnersPassed ?? 0,
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
