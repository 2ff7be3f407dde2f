// The app shell: header with the language switch, then the page the URL names. Embedded pages get no
// chrome at all (see embed/).
import { Suspense, useMemo } from 'react';
import { createApiClient } from './api/api-client.ts';
import {
  LazyCodecastListPage,
  LazyCodecastPage,
  LazyEmbedCodecastPage,
  LazyRecorderPage,
} from './codecast/lazy-codecast-pages.ts';
import { AttestationPage } from './course/attestation-page.tsx';
import { CourseListPage } from './course/course-list-page.tsx';
import { CoursePage } from './course/course-page.tsx';
import { EmbedExercisePage } from './embed/embed-exercise-page.tsx';
import { CourseBreadcrumb } from './exercise/course-breadcrumb.tsx';
import { ExercisePage } from './exercise/exercise-page.tsx';
import { useI18n } from './i18n/i18n-context.tsx';
import { LanguageSwitch } from './i18n/language-switch.tsx';
import { readRoute } from './route.ts';
import { SiteNav } from './site-nav.tsx';
import { TeacherArea } from './teacher/teacher-area.tsx';

export function App() {
  const route = readRoute(location.pathname);
  const api = useMemo(() => createApiClient(), []);
  const { t } = useI18n();
  if (route.page === 'embed-exercise') return <EmbedExercisePage slug={route.slug} />;
  if (route.page === 'embed-codecast')
    return (
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <LazyEmbedCodecastPage id={route.id} />
      </Suspense>
    );
  return (
    <>
      <a className="skip-link" href={route.page === 'exercise' ? '#editor' : '#main'}>
        {route.page === 'exercise' ? t.skipToEditor : t.skipToContent}
      </a>
      <header className="app-header">
        <a href="/" className="app-name">
          {t.appName}
        </a>
        <SiteNav route={route} />
        <nav aria-label={t.languageSwitch}>
          <LanguageSwitch />
        </nav>
      </header>
      <main id="main">
        {route.page === 'exercise' && (
          <>
            <CourseBreadcrumb api={api} exercise={route.slug} />
            <ExercisePage api={api} slug={route.slug} />
          </>
        )}
        {route.page === 'home' && <CourseListPage api={api} />}
        {route.page === 'course' && <CoursePage api={api} slug={route.slug} />}
        {route.page === 'attestation' && <AttestationPage api={api} course={route.course} />}
        {route.page === 'teacher' && <TeacherArea api={api} view={route.view} />}
        <Suspense fallback={<p role="status">{t.loading}</p>}>
          {route.page === 'codecast-list' && <LazyCodecastListPage api={api} />}
          {route.page === 'codecast' && <LazyCodecastPage api={api} id={route.id} />}
          {route.page === 'codecast-record' && <LazyRecorderPage api={api} />}
        </Suspense>
        {route.page === 'not-found' && <p>{t.notFound}</p>}
      </main>
    </>
  );
}
