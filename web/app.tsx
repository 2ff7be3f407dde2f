// The app shell: header with the language switch, then the page the URL names. Embedded pages get no
// chrome at all (see embed/).
import { useMemo } from 'react';
import { createApiClient } from './api/api-client.ts';
import { CourseListPage } from './course/course-list-page.tsx';
import { EmbedExercisePage } from './embed/embed-exercise-page.tsx';
import { ExercisePage } from './exercise/exercise-page.tsx';
import { useI18n } from './i18n/i18n-context.tsx';
import { LanguageSwitch } from './i18n/language-switch.tsx';
import { readRoute } from './route.ts';

export function App() {
  const route = readRoute(location.pathname);
  const api = useMemo(() => createApiClient(), []);
  const { t } = useI18n();
  if (route.page === 'embed-exercise') return <EmbedExercisePage slug={route.slug} />;
  return (
    <>
      <a className="skip-link" href={route.page === 'exercise' ? '#editor' : '#main'}>
        {t.skipToEditor}
      </a>
      <header className="app-header">
        <a href="/" className="app-name">
          {t.appName}
        </a>
        <nav aria-label={t.languageSwitch}>
          <LanguageSwitch />
        </nav>
      </header>
      <main id="main">
        {route.page === 'exercise' && <ExercisePage api={api} slug={route.slug} />}
        {route.page === 'home' && <CourseListPage api={api} />}
        {route.page === 'not-found' && <p>{t.notFound}</p>}
      </main>
    </>
  );
}
