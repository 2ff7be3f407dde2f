// /exercise/:slug — loads the exercise's public projection, then the workspace. Also used, without the
// app's chrome, by the embed page.
import { useCallback, useEffect, useState } from 'react';
import { NotEnrolledDetails } from '../../contracts/enrolment.ts';
import type { PublicExercise } from '../../contracts/public-exercise.ts';
import { ApiRequestError } from '../api/api-client.ts';
import { fetchExercise } from '../api/exercise-api.ts';
import { coursePaths } from '../course/course-paths.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ExerciseWorkspace, type ExerciseWorkspaceProps } from './exercise-workspace.tsx';
import { preloadCodeEditor } from './lazy-code-editor.ts';

type Load =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  /** Only private courses list it, and the learner is in none: their course pages take the key. */
  | { state: 'closed'; courses: string[] }
  | { state: 'ready'; exercise: PublicExercise };

export interface ExercisePageProps extends Omit<ExerciseWorkspaceProps, 'exercise'> {
  slug: string;
}

export function ExercisePage({ slug, api, ...workspace }: ExercisePageProps) {
  const { t, text } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(preloadCodeEditor, []);

  const loadExercise = useCallback(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    fetchExercise(api, slug).then(
      (exercise) => !cancelled && setLoad({ state: 'ready', exercise }),
      (error: unknown) => {
        if (cancelled) return;
        const closed =
          error instanceof ApiRequestError && error.code === 'not-enrolled'
            ? NotEnrolledDetails.safeParse(error.details)
            : undefined;
        setLoad(
          closed?.success
            ? { state: 'closed', courses: closed.data.courses }
            : { state: 'failed', message: error instanceof Error ? error.message : String(error) },
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, slug]);

  useEffect(loadExercise, [loadExercise]);

  useEffect(() => {
    if (load.state === 'ready') document.title = `${text(load.exercise.title)} — ${t.appName}`;
  }, [load, text, t]);

  if (load.state === 'loading') return <p role="status">{t.loading}</p>;
  if (load.state === 'closed') {
    return (
      <div role="alert">
        <p>{t.exercise.notEnrolled}</p>
        <ul>
          {load.courses.map((course) => (
            <li key={course}>
              <a href={coursePaths.course(course)}>{t.exercise.enrolIn(course)}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (load.state === 'failed') {
    return (
      <div role="alert">
        <p>{t.loadFailed}</p>
        <p>{load.message}</p>
        <button type="button" onClick={loadExercise}>
          {t.retry}
        </button>
      </div>
    );
  }
  return <ExerciseWorkspace api={api} exercise={load.exercise} {...workspace} />;
}
