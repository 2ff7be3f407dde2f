// /teacher/… — the teacher pages behind their login: asks the server who the caller is (GET /api/me), shows
// the login form to anyone who is not a teacher, else the navigation and the page the path names.
import { useEffect } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { CourseLearnersPage } from './course-learners-page.tsx';
import { ExerciseAttemptsPage } from './exercise-attempts-page.tsx';
import { LearnerProgressPage } from './learner-progress-page.tsx';
import { LoginForm } from './login-form.tsx';
import { TeacherNav } from './teacher-nav.tsx';
import { TeacherOverviewPage } from './teacher-overview-page.tsx';
import type { TeacherView } from './teacher-route.ts';
import './teacher.css';
import { useTeacherAccess } from './use-teacher-access.ts';

export function TeacherArea({ api, view }: { api: ApiClient; view: TeacherView }) {
  const { t } = useI18n();
  const { access, recheck: check } = useTeacherAccess(api);

  useEffect(() => {
    if (access === 'learner') document.title = `${t.teacher.loginTitle} — ${t.appName}`;
  }, [access, t]);

  if (access === 'checking') return <p role="status">{t.loading}</p>;
  if (access === 'failed') return <p role="alert">{t.loadFailed}</p>;
  if (access === 'learner') return <LoginForm api={api} onLoggedIn={check} />;
  return (
    <div className="teacher-area">
      <TeacherNav api={api} view={view} onLoggedOut={check} />
      {view.view === 'overview' && <TeacherOverviewPage api={api} />}
      {view.view === 'course-learners' && <CourseLearnersPage api={api} slug={view.slug} />}
      {view.view === 'exercise-attempts' && <ExerciseAttemptsPage api={api} slug={view.slug} />}
      {view.view === 'learner' && <LearnerProgressPage api={api} id={view.id} />}
      {view.view === 'not-found' && <p>{t.notFound}</p>}
    </div>
  );
}
