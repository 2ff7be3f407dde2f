// The one error shape of every 4xx: `{ "error": { "code", "message", "details" } }`. A client mistake is
// answered with `ApiError` (or a validation hook) and never reaches app.onError as a fault.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody } from '../../contracts/api-error.ts';

export function errorBody(code: string, message: string, details: unknown = null): ApiErrorBody {
  return { error: { code, message, details } };
}

/** A refusal the client can act on: thrown from a handler, answered by app.onError with its status. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    options: { details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = options.details ?? null;
    this.headers = options.headers ?? {};
  }
}

export function respondWithError(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(errorBody(error.code, error.message, error.details), error.status);
}
