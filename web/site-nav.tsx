// The links every page of the site shows in its header: the courses, the codecasts, and the teachers'
// pages (which ask for a login), the current section marked for screen readers with aria-current.
import { useI18n } from './i18n/i18n-context.tsx';
import type { Route } from './route.ts';

type Section = 'courses' | 'codecasts' | 'teachers';

function sectionOf(route: Route): Section | undefined {
  switch (route.page) {
    case 'home':
    case 'course':
    case 'attestation':
    case 'exercise':
      return 'courses';
    case 'codecast-list':
    case 'codecast':
    case 'codecast-record':
      return 'codecasts';
    case 'teacher':
      return 'teachers';
    default:
      return undefined;
  }
}

const links: { section: Section; href: string }[] = [
  { section: 'courses', href: '/' },
  { section: 'codecasts', href: '/codecast' },
  { section: 'teachers', href: '/teacher' },
];

export function SiteNav({ route }: { route: Route }) {
  const { t } = useI18n();
  const current = sectionOf(route);
  return (
    <nav aria-label={t.siteNav.label} className="site-nav">
      <ul>
        {links.map(({ section, href }) => (
          <li key={section}>
            <a href={href} aria-current={section === current ? 'page' : undefined}>
              {t.siteNav[section]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
