// /api/attempts/:id — one of the caller's own attempts: queued (with its place in line), running, or done
// with the grader's result. Someone else's attempt is answered exactly like a missing one.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { findAttempt, toPublicAttempt } from '../db/attempt-queries.ts';
import { ApiError } from '../http/api-error.ts';
import { validate } from '../http/validate.ts';

const IdParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export function attemptRoutes({ db, queue }: AppDeps) {
  return new Hono<AppEnv>().get('/:id', validate('param', IdParam), (c) => {
    const { id } = c.req.valid('param');
    const row = findAttempt(db, id);
    if (!row || row.learnerId !== c.get('identity').learnerId) {
      throw new ApiError(404, 'not-found', `There is no attempt ${id} of yours.`);
    }
    return c.json(toPublicAttempt(row, queue.position(row.id)));
  });
}
