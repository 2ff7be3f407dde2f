// Puts the caller's identity on the context. `Authorization: Bearer <token>` wins and must be valid (401
// otherwise: a client that sends a token expects to be that learner); otherwise the session cookie, and on
// a first visit, a new anonymous learner with an HttpOnly, SameSite=Lax cookie.
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { createLearner, createSession, resolveSession } from '../auth/sessions.ts';
import { errorBody } from './api-error.ts';

export const sessionCookie = 'codecast_session';

export function setSessionCookie(
  c: Parameters<MiddlewareHandler>[0],
  deps: Pick<AppDeps, 'config'>,
  token: string,
  expiresAt: number,
): void {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.config.cookieSecure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function identify(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const now = deps.clock.now();
    const authorization = c.req.header('Authorization');
    if (authorization !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      const identity = token ? resolveSession(deps.db, token, 'bearer', now) : undefined;
      if (!identity) {
        c.header('WWW-Authenticate', 'Bearer');
        return c.json(errorBody('invalid-token', 'The bearer token is unknown or has expired.'), 401);
      }
      c.set('identity', identity);
      return next();
    }
    const cookie = getCookie(c, sessionCookie);
    const identity = cookie ? resolveSession(deps.db, cookie, 'cookie', now) : undefined;
    if (identity) {
      c.set('identity', identity);
      return next();
    }
    const learnerId = createLearner(deps.db, now);
    const session = createSession(deps.db, {
      kind: 'cookie',
      learnerId,
      now,
      ttlMs: deps.config.cookieSessionTtlMs,
    });
    setSessionCookie(c, deps, session.token, session.expiresAt);
    c.set('identity', { learnerId, via: 'cookie' });
    return next();
  };
}
