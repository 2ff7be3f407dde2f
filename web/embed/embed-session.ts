// The embedded page's session: a bearer token, because a third-party iframe may not get our cookie. The
// host (an LMS) can pass one in the URL fragment (`#token=…`, never sent to any server); otherwise the page
// asks POST /api/session for one. Kept in sessionStorage so a reload inside the iframe stays the same
// learner. When it expires, `renewBearerToken` asks for a new one (see renewing-fetch.ts): the same
// learner where the browser still sends our cookie, otherwise a new anonymous one, whose first draft save
// carries the code typed so far.
import { z } from 'zod';
import { createApiClient, readJson } from '../api/api-client.ts';

const storageKey = 'codecast.embed.token';
const SessionAnswer = z.object({ token: z.string().min(1), expiresAt: z.number() });

export async function obtainBearerToken(): Promise<string> {
  const fromHost = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHost) {
    remember(fromHost);
    return fromHost;
  }
  return recall() ?? renewBearerToken();
}

/** A new token from POST /api/session (sent without the expired one, which would be refused). */
export async function renewBearerToken(): Promise<string> {
  const answer = SessionAnswer.parse(await readJson(await createApiClient().api.session.$post()));
  remember(answer.token);
  return answer.token;
}

function remember(token: string): void {
  try {
    sessionStorage.setItem(storageKey, token);
  } catch {
    // Refused in some sandboxed frames: the token lives as long as the page.
  }
}

function recall(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
