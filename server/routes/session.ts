// /api/session — who the caller is, and a short-lived bearer token for the same learner, for pages
// embedded in an iframe where the browser withholds our cookie (`Authorization: Bearer` then works
// everywhere the cookie does).
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { createSession } from '../auth/sessions.ts';

export function sessionRoutes({ db, clock, config }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { learnerId, user } = c.get('identity');
      return c.json({ learnerId, user: user ? { name: user.name, role: user.role } : null });
    })
    .post('/', (c) => {
      const { learnerId, user } = c.get('identity');
      const { token, expiresAt } = createSession(db, {
        kind: 'bearer',
        learnerId,
        ...(user ? { userId: user.id } : {}),
        now: clock.now(),
        ttlMs: config.bearerTokenTtlMs,
      });
      return c.json({ token, expiresAt, learnerId }, 201);
    });
}
