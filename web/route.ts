// The app's pages, read from the URL path. Few enough that a router library would be more code than this.
export type Route =
  | { page: 'home' }
  | { page: 'exercise'; slug: string }
  | { page: 'embed-exercise'; slug: string }
  | { page: 'not-found' };

export function readRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  if (parts.length === 2 && parts[0] === 'exercise' && parts[1]) return { page: 'exercise', slug: parts[1] };
  if (parts.length === 3 && parts[0] === 'embed' && parts[1] === 'exercise' && parts[2]) {
    return { page: 'embed-exercise', slug: parts[2] };
  }
  return { page: 'not-found' };
}
