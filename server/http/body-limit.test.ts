import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { limitBody } from './body-limit.ts';

const maxBytes = 1_000;

function limitedApp() {
  return new Hono()
    .use(limitBody({ maxBytes, onTooLarge: (c) => c.json({ error: 'too large' }, 413) }))
    .post('/echo', async (c) => c.json({ length: (await c.req.text()).length }))
    .get('/echo', (c) => c.json({ ok: true }));
}

let server: ServerType | undefined;
afterEach(async () => {
  const open = server;
  server = undefined;
  if (open) await new Promise((resolve) => open.close(resolve));
});

/** A request over a real socket, so Node's parser and @hono/node-server's request are the ones in use. */
async function send(
  body: string,
  framing: 'content-length' | 'chunked',
): Promise<{ status: number; body: string }> {
  server ??= await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: limitedApp().fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'text/plain' };
    if (framing === 'content-length') headers['content-length'] = Buffer.byteLength(body);
    else headers['transfer-encoding'] = 'chunked';
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/echo', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    // Chunked: sent in several pieces, so the counting reader really counts across chunks.
    if (framing === 'chunked')
      for (let at = 0; at < body.length; at += 300) req.write(body.slice(at, at + 300));
    else req.write(body);
    req.end();
  });
}

describe('limitBody over HTTP', () => {
  it('lets a body within its Content-Length through, whole', async () => {
    const response = await send('x'.repeat(maxBytes), 'content-length');
    expect(response).toEqual({ status: 200, body: JSON.stringify({ length: maxBytes }) });
  });

  it('refuses a declared length over the limit with the given answer', async () => {
    const response = await send('x'.repeat(maxBytes + 1), 'content-length');
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ error: 'too large' });
  });

  it('counts a chunked body as it comes: within the limit it passes, past it 413', async () => {
    expect(await send('y'.repeat(900), 'chunked')).toEqual({
      status: 200,
      body: JSON.stringify({ length: 900 }),
    });
    expect((await send('y'.repeat(maxBytes + 500), 'chunked')).status).toBe(413);
  });
});

describe('limitBody through app.request (no Content-Length from the runtime)', () => {
  it('still counts the body', async () => {
    const app = limitedApp();
    const ok = await app.request('/echo', { method: 'POST', body: 'z'.repeat(10) });
    expect(await ok.json()).toEqual({ length: 10 });
    const tooLarge = await app.request('/echo', { method: 'POST', body: 'z'.repeat(maxBytes + 1) });
    expect(tooLarge.status).toBe(413);
  });

  it('does not look at a GET', async () => {
    expect((await limitedApp().request('/echo')).status).toBe(200);
  });

  it('leaves the requests it is told to alone', async () => {
    const app = new Hono()
      .use(
        limitBody({
          maxBytes,
          unless: (c) => c.req.path === '/upload',
          onTooLarge: (c) => c.json({ error: 'too large' }, 413),
        }),
      )
      .post('/upload', async (c) => c.json({ length: (await c.req.text()).length }))
      .post('/echo', async (c) => c.json({ length: (await c.req.text()).length }));
    const big = 'w'.repeat(maxBytes * 3);
    expect(await (await app.request('/upload', { method: 'POST', body: big })).json()).toEqual({
      length: maxBytes * 3,
    });
    expect((await app.request('/echo', { method: 'POST', body: big })).status).toBe(413);
  });
});
