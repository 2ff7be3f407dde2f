// The teacher pages' own navigation, and logging out. The statistics dashboard gets its entry here.
import type { ApiClient } from '../api/api-client.ts';
import { logOut } from '../api/teacher-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { type TeacherView, teacherPaths } from './teacher-route.ts';

export function TeacherNav({
  api,
  view,
  onLoggedOut,
}: {
  api: ApiClient;
  view: TeacherView;
  onLoggedOut(): void;
}) {
  const { t } = useI18n();
  const links = [
    { href: teacherPaths.overview, label: t.teacher.overview, current: view.view === 'overview' },
  ];
  return (
    <nav aria-label={t.teacher.navLabel} className="teacher-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => logOut(api).finally(onLoggedOut)}>
        {t.teacher.logOut}
      </button>
    </nav>
  );
}
