// @hono/zod-validator with our error shape: a body or parameter that does not fit its schema is a 400
// listing each issue by path, never a 500.
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { errorBody } from './api-error.ts';

export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const details = result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
      return c.json(
        errorBody(
          'invalid-request',
          `The request ${target === 'json' ? 'body' : target} is not valid.`,
          details,
        ),
        400,
      );
    }
  });
}
