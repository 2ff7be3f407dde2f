import { describe, expect, it } from 'vitest';
import { createBearerSession, createRenewingFetch } from './renewing-fetch.ts';

const expired = () =>
  new Response(JSON.stringify({ error: { code: 'invalid-token', message: 'expired', details: null } }), {
    status: 401,
    headers: { 'WWW-Authenticate': 'Bearer' },
  });

/** A server that knows one live token at a time, and records what each request carried. */
function fakeServer(live: { token: string }) {
  const seen: { url: string; authorization: string | null; body: unknown }[] = [];
  const send: typeof fetch = async (input, init) => {
    const authorization = new Headers(init?.headers).get('Authorization');
    seen.push({ url: String(input), authorization, body: init?.body });
    return authorization === `Bearer ${live.token}` ? new Response('{}', { status: 200 }) : expired();
  };
  return { send, seen };
}

describe('the embedded page fetch', () => {
  it('sends the bearer token, and keeps the other headers', async () => {
    const live = { token: 'a' };
    const { send, seen } = fakeServer(live);
    const fetch = createRenewingFetch(
      createBearerSession('a', async () => 'never'),
      send,
    );
    const response = await fetch('/api/session', { headers: { 'X-Requested-With': 'codecast-web' } });
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ url: '/api/session', authorization: 'Bearer a', body: undefined }]);
  });

  it('renews an expired token and sends the same request again, once', async () => {
    const live = { token: 'b' };
    const { send, seen } = fakeServer(live);
    let renewals = 0;
    const fetch = createRenewingFetch(
      createBearerSession('a', async () => {
        renewals++;
        return 'b';
      }),
      send,
    );
    const body = JSON.stringify({ code: 'let total = 0;' });
    const response = await fetch('/api/exercises/x/draft', { method: 'PUT', body });
    expect(response.status).toBe(200);
    expect(renewals).toBe(1);
    expect(seen.map((request) => [request.authorization, request.body])).toEqual([
      ['Bearer a', body],
      ['Bearer b', body],
    ]);
  });

  it('gives back the 401 when the new token is refused too, without looping', async () => {
    const { send, seen } = fakeServer({ token: 'nobody has it' });
    let renewals = 0;
    const fetch = createRenewingFetch(
      createBearerSession('a', async () => `t${++renewals}`),
      send,
    );
    expect((await fetch('/api/session')).status).toBe(401);
    expect(seen).toHaveLength(2);
    expect(renewals).toBe(1);
  });

  it('gives back the 401 when no new token can be had', async () => {
    const { send } = fakeServer({ token: 'b' });
    const fetch = createRenewingFetch(
      createBearerSession('a', () => Promise.reject(new Error('offline'))),
      send,
    );
    expect((await fetch('/api/session')).status).toBe(401);
  });

  it('shares one renewal between requests that fail together', async () => {
    const live = { token: 'b' };
    const { send } = fakeServer(live);
    let renewals = 0;
    const fetch = createRenewingFetch(
      createBearerSession('a', async () => {
        renewals++;
        return 'b';
      }),
      send,
    );
    const answers = await Promise.all([fetch('/1'), fetch('/2'), fetch('/3')]);
    expect(answers.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(renewals).toBe(1);
  });

  it('leaves a 401 that is not about the token alone', async () => {
    let calls = 0;
    const send: typeof fetch = async () => {
      calls++;
      return new Response('{}', { status: 401 });
    };
    const fetch = createRenewingFetch(
      createBearerSession('a', async () => 'b'),
      send,
    );
    expect((await fetch('/api/teacher/exercises')).status).toBe(401);
    expect(calls).toBe(1);
  });
});
