// /course/:slug — one course: the learner's points against the pass threshold (and their attestation once
// it is reached), then its modules with the learner's status on each exercise.
import { useEffect, useState } from 'react';
import type { CatalogueCourse } from '../../contracts/course-catalogue.ts';
import type { CourseStanding } from '../../contracts/course-standing.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchAttestation, fetchCourses } from '../api/course-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { CourseModules } from './course-modules.tsx';
import { CourseStandingSummary } from './course-standing-summary.tsx';
import { EnrolmentForm } from './enrolment-form.tsx';
import './course.css';

type Load =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'missing' }
  | { state: 'ready'; course: CatalogueCourse; standing: CourseStanding | null };

export function CoursePage({ api, slug }: { api: ApiClient; slug: string }) {
  const { t, text } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // Bumped after an enrolment, to load the course again with the learner's new standing.
  const [generation, setGeneration] = useState(0);
  const [justEnrolled, setJustEnrolled] = useState(false);

  useEffect(() => {
    void generation;
    let cancelled = false;
    Promise.all([
      fetchCourses(api),
      // Refused for a private course the learner is not enrolled in: the outline is still shown.
      fetchAttestation(api, slug).catch(() => null),
    ]).then(
      ([courses, attestation]) => {
        if (cancelled) return;
        const course = courses.find((candidate) => candidate.slug === slug);
        setLoad(
          course ? { state: 'ready', course, standing: attestation?.standing ?? null } : { state: 'missing' },
        );
      },
      () => !cancelled && setLoad({ state: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, slug, generation]);

  useEffect(() => {
    if (load.state === 'ready') document.title = `${text(load.course.title)} — ${t.appName}`;
  }, [load, t, text]);

  if (load.state === 'loading') return <p role="status">{t.loading}</p>;
  if (load.state === 'failed') return <p role="alert">{t.loadFailed}</p>;
  if (load.state === 'missing') return <p role="alert">{t.course.notFound}</p>;
  const { course, standing } = load;
  return (
    <div className="course-page">
      <h1>{text(course.title)}</h1>
      <p>{text(course.description)}</p>
      {course.access === 'private' && !course.enrolled && (
        <>
          <p>{t.course.notEnrolled}</p>
          <EnrolmentForm
            api={api}
            course={course.slug}
            onEnrolled={() => {
              setJustEnrolled(true);
              setGeneration((n) => n + 1);
            }}
          />
        </>
      )}
      <p role="status">{justEnrolled && course.enrolled ? t.course.enrolled : ''}</p>
      {standing && <CourseStandingSummary course={course.slug} standing={standing} />}
      <CourseModules course={course} />
    </div>
  );
}
