// Cross-site request forgery: a state change authenticated by the cookie must carry a custom header
// (`X-Requested-With`), which a cross-site form cannot send and a cross-site fetch cannot send without a
// CORS preflight we never grant. Requests with `Authorization: Bearer` are exempt: a forger's page cannot
// know the token. An Origin that is not ours is refused too, as a second line.
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './api-error.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfHeader = 'X-Requested-With';

export function requireCsrfHeader(): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || c.req.header('Authorization')) return next();
    const origin = c.req.header('Origin');
    if (
      !c.req.header(csrfHeader) ||
      (origin !== undefined && !isOwnOrigin(origin, c.req.url, c.req.header('Host')))
    ) {
      return c.json(
        errorBody(
          'csrf',
          `A request that changes data with the session cookie must come from this site and carry the ${csrfHeader} header (or use Authorization: Bearer).`,
        ),
        403,
      );
    }
    return next();
  };
}

// `Origin: null` (sandboxed frames, file://) and garbage are not ours: such pages use a bearer token.
function isOwnOrigin(origin: string, requestUrl: string, host: string | undefined): boolean {
  try {
    const url = new URL(origin);
    return url.origin === new URL(requestUrl).origin || (host !== undefined && url.host === host);
  } catch {
    return false;
  }
}
