// /api/me — the caller's own profile: their learner id, role and display name, which they may set or
// take back (`null`). Anonymous learners have one too: a MOOC learner can be named without an account.
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { type Me, MeUpdate } from '../../contracts/me.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import type { Identity } from '../auth/sessions.ts';
import type { Db } from '../db/open-database.ts';
import { learners } from '../db/schema.ts';
import { validate } from '../http/validate.ts';

function readMe(db: Db, identity: Identity): Me {
  const row = db
    .select({ displayName: learners.displayName })
    .from(learners)
    .where(eq(learners.id, identity.learnerId))
    .get();
  return {
    id: identity.learnerId,
    role: identity.user?.role ?? 'learner',
    displayName: row?.displayName ?? null,
  };
}

export function meRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', (c) => c.json(readMe(db, c.get('identity'))))
    .patch('/', validate('json', MeUpdate), (c) => {
      const identity = c.get('identity');
      db.update(learners)
        .set({ displayName: c.req.valid('json').displayName })
        .where(eq(learners.id, identity.learnerId))
        .run();
      return c.json(readMe(db, identity));
    });
}
