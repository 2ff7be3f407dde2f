// /api/auth — teachers log in with their name and password. The answer sets the session cookie and also
// returns a bearer token, for scripts and embedded pages.
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { createSession, deleteSession } from '../auth/sessions.ts';
import { checkTeacherPassword } from '../auth/teachers.ts';
import { ApiError } from '../http/api-error.ts';
import { sessionCookie, setSessionCookie } from '../http/identity.ts';
import { validate } from '../http/validate.ts';
import { createTokenBuckets } from '../queue/token-bucket.ts';

const LoginBody = z.strictObject({ name: z.string().min(1).max(200), password: z.string().min(1).max(1024) });

/**
 * Password guessing: 10 tries per name, then one a minute. Keyed by name, not by address (addresses behind
 * a proxy or a school's NAT are shared): a guesser can delay a teacher's login, never guess faster.
 */
const loginBurst = 10;
const loginRefillMs = 60_000;

export function authRoutes(deps: AppDeps) {
  const { db, clock, config } = deps;
  const attemptsByName = createTokenBuckets({ burst: loginBurst, refillMs: loginRefillMs });
  return new Hono<AppEnv>()
    .post('/login', validate('json', LoginBody), async (c) => {
      const { name, password } = c.req.valid('json');
      const waitMs = attemptsByName.take(name.normalize('NFC').toLowerCase(), clock.now());
      if (waitMs > 0) {
        throw new ApiError(429, 'too-many-logins', 'Too many login attempts for this name: wait a minute.', {
          headers: { 'Retry-After': String(Math.ceil(waitMs / 1000)) },
        });
      }
      const user = await checkTeacherPassword(db, name, password);
      if (!user) throw new ApiError(401, 'invalid-credentials', 'Wrong name or password.');
      const now = clock.now();
      const base = { learnerId: user.learnerId, userId: user.id, now };
      const cookie = createSession(db, { ...base, kind: 'cookie', ttlMs: config.cookieSessionTtlMs });
      setSessionCookie(c, deps, cookie.token, cookie.expiresAt);
      const bearer = createSession(db, { ...base, kind: 'bearer', ttlMs: config.bearerTokenTtlMs });
      return c.json({ user: { name }, token: bearer.token, expiresAt: bearer.expiresAt });
    })
    .post('/logout', (c) => {
      const cookie = getCookie(c, sessionCookie);
      if (cookie) deleteSession(db, cookie);
      const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
      if (bearer) deleteSession(db, bearer);
      return c.body(null, 204);
    });
}
