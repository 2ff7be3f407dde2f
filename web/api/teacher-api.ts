// The teacher pages' calls: logging in and out (the server sets and clears the session cookie), and the
// teacher routes, each answer parsed with its contract.
import {
  CourseLearners,
  LearnerProgress,
  TeacherAttempts,
  TeacherExercises,
} from '../../contracts/teacher-views.ts';
import { type ApiClient, readJson } from './api-client.ts';

/** Resolves once logged in; an ApiRequestError (`invalid-credentials`, `too-many-logins`…) otherwise. */
export async function logIn(api: ApiClient, name: string, password: string): Promise<void> {
  await readJson(await api.api.auth.login.$post({ json: { name, password } }));
}

export async function logOut(api: ApiClient): Promise<void> {
  const response = await api.api.auth.logout.$post();
  if (!response.ok) await readJson(response);
}

export async function fetchTeacherExercises(api: ApiClient): Promise<TeacherExercises['exercises']> {
  return TeacherExercises.parse(await readJson(await api.api.teacher.exercises.$get())).exercises;
}

/** A page of attempts, newest first; `before` (an attempt id) asks for the ones older than it. */
export async function fetchExerciseAttempts(
  api: ApiClient,
  slug: string,
  page: { before?: number; limit: number },
): Promise<TeacherAttempts['attempts']> {
  const response = await api.api.teacher.exercises[':slug'].attempts.$get({
    param: { slug },
    query: {
      limit: String(page.limit),
      ...(page.before !== undefined ? { before: String(page.before) } : {}),
    },
  });
  return TeacherAttempts.parse(await readJson(response)).attempts;
}

export async function fetchCourseLearners(api: ApiClient, slug: string): Promise<CourseLearners> {
  const response = await api.api.teacher.courses[':slug'].learners.$get({ param: { slug } });
  return CourseLearners.parse(await readJson(response));
}

export async function fetchLearnerProgress(api: ApiClient, id: string): Promise<LearnerProgress> {
  const response = await api.api.teacher.learners[':id'].progress.$get({ param: { id } });
  return LearnerProgress.parse(await readJson(response));
}
