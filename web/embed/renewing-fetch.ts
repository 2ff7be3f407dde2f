// The embedded page's fetch: it sends the bearer token, and when the server answers that the token is
// unknown or expired (401 with `WWW-Authenticate: Bearer`, RFC 6750), it gets a new one and sends the
// request again, once. Requests failing together share one renewal. The learner's draft is not at stake:
// it is in localStorage at each keystroke, and the retried save sends it to the server.

export interface BearerSession {
  /** The token to send now. */
  token(): string;
  /**
   * A token to replace `expired`: a new one, or the current one when another request already renewed it.
   * Rejects when none can be had.
   */
  renew(expired: string): Promise<string>;
}

/** A session starting from `initial`, renewed by `obtainNew` (which asks POST /api/session). */
export function createBearerSession(initial: string, obtainNew: () => Promise<string>): BearerSession {
  let current = initial;
  let pending: Promise<string> | null = null;
  return {
    token: () => current,
    renew(expired) {
      if (expired !== current) return Promise.resolve(current);
      pending ??= obtainNew()
        .then((token) => {
          current = token;
          return token;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
    },
  };
}

function isExpiredToken(response: Response): boolean {
  return response.status === 401 && /^Bearer\b/i.test(response.headers.get('WWW-Authenticate') ?? '');
}

/**
 * A fetch for `hc` (which passes a URL and an init whose body is a string, so it can be sent twice).
 * `send` is the browser's fetch, or a test's.
 */
export function createRenewingFetch(session: BearerSession, send: typeof fetch = fetch): typeof fetch {
  const sendWith = (token: string, input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return send(input, { ...init, headers });
  };
  return async (input, init) => {
    const used = session.token();
    const response = await sendWith(used, input, init);
    if (!isExpiredToken(response)) return response;
    let renewed: string;
    try {
      renewed = await session.renew(used);
    } catch {
      // No new token (offline, server down): the caller sees the 401 and says the session expired.
      return response;
    }
    return sendWith(renewed, input, init);
  };
}
