// The app's pages, read from the URL path. Few enough that a router library would be more code than this.
import { readTeacherRoute, type TeacherView } from './teacher/teacher-route.ts';

export type Route =
  | { page: 'home' }
  | { page: 'course'; slug: string }
  | { page: 'attestation'; course: string }
  | { page: 'exercise'; slug: string }
  | { page: 'embed-exercise'; slug: string }
  | { page: 'teacher'; view: TeacherView }
  | { page: 'codecast-list' }
  | { page: 'codecast'; id: string }
  | { page: 'codecast-record' }
  | { page: 'embed-codecast'; id: string }
  | { page: 'not-found' };

export function readRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  if (parts.length === 2 && parts[0] === 'exercise' && parts[1]) return { page: 'exercise', slug: parts[1] };
  if (parts[0] === 'course' && parts[1]) {
    if (parts.length === 2) return { page: 'course', slug: parts[1] };
    if (parts.length === 3 && parts[2] === 'attestation') return { page: 'attestation', course: parts[1] };
  }
  if (parts[0] === 'teacher') return { page: 'teacher', view: readTeacherRoute(parts.slice(1)) };
  if (parts.length === 3 && parts[0] === 'embed' && parts[1] === 'exercise' && parts[2]) {
    return { page: 'embed-exercise', slug: parts[2] };
  }
  if (parts[0] === 'codecast' && parts.length <= 2) {
    if (!parts[1]) return { page: 'codecast-list' };
    return parts[1] === 'record' ? { page: 'codecast-record' } : { page: 'codecast', id: parts[1] };
  }
  if (parts.length === 3 && parts[0] === 'embed' && parts[1] === 'codecast' && parts[2]) {
    return { page: 'embed-codecast', id: parts[2] };
  }
  return { page: 'not-found' };
}
