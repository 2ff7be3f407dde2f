// The teacher pages, under /teacher: read from the path segments after it. The statistics dashboard
// (web/dashboard/) will add its views here and a link in teacher-nav.tsx.
export type TeacherView =
  | { view: 'overview' }
  | { view: 'course-learners'; slug: string }
  | { view: 'exercise-attempts'; slug: string }
  | { view: 'learner'; id: string }
  | { view: 'not-found' };

export function readTeacherRoute(parts: string[]): TeacherView {
  const [first, second, ...rest] = parts;
  if (first === undefined) return { view: 'overview' };
  if (second === undefined || second === '' || rest.length > 0) return { view: 'not-found' };
  if (first === 'course') return { view: 'course-learners', slug: second };
  if (first === 'exercise') return { view: 'exercise-attempts', slug: second };
  if (first === 'learner') return { view: 'learner', id: second };
  return { view: 'not-found' };
}

/** The paths of the teacher pages, so links and routes cannot disagree. */
export const teacherPaths = {
  overview: '/teacher',
  courseLearners: (slug: string) => `/teacher/course/${encodeURIComponent(slug)}`,
  exerciseAttempts: (slug: string) => `/teacher/exercise/${encodeURIComponent(slug)}`,
  learner: (id: string) => `/teacher/learner/${encodeURIComponent(id)}`,
};
