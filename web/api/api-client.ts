// The typed client of our own API (`hc<AppType>`: routes and bodies checked against the server's code at
// compile time; `import type` only, so no server code reaches the bundle). Answers are still parsed with
// the shared contracts before use: the types say what the server means to send, the parse checks it did.
import { hc } from 'hono/client';
import { ApiErrorBody } from '../../contracts/api-error.ts';
import type { AppType } from '../../server/app.ts';

export type ApiClient = ReturnType<typeof hc<AppType>>;

export interface ApiClientOptions {
  /** For embedded pages, where the browser may withhold our cookie (POST /api/session gives one). */
  bearerToken?: string;
  /** Sends the requests instead of the browser's fetch (the embed page's renews an expired token). */
  fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return hc<AppType>(location.origin, {
    headers: {
      // The server's CSRF guard: a cross-site form cannot set this header.
      'X-Requested-With': 'codecast-web',
      ...(options.bearerToken ? { Authorization: `Bearer ${options.bearerToken}` } : {}),
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** A refusal or fault from the API, with the server's one error shape when it sent it. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  readonly status: number;
  readonly code: string;
  /** The error's `details`, unparsed: each caller parses the shape its code promises. */
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** The JSON of a successful answer, or an ApiRequestError carrying the server's message. */
export async function readJson(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body;
  const parsed = ApiErrorBody.safeParse(body);
  if (parsed.success)
    throw new ApiRequestError(
      response.status,
      parsed.data.error.code,
      parsed.data.error.message,
      parsed.data.error.details,
    );
  throw new ApiRequestError(response.status, 'http', `HTTP ${response.status}`);
}
