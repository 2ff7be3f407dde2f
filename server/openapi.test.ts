import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { AppDeps } from './app-env.ts';
import { testAppConfig } from './testing/test-app.ts';

// Listing routes needs no database, grader or queue: createApp does no I/O.
const app = createApp({ config: testAppConfig } as AppDeps);

describe('the OpenAPI document', () => {
  it('describes exactly the routes the app serves', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('Set-Cookie')).toBeNull();
    const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map(
          (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      )
      .sort();
    const served = [
      ...new Set(
        app.routes
          .filter((route) => route.method !== 'ALL' && route.path !== '/api/openapi.json')
          .map((route) => `${route.method} ${route.path}`),
      ),
    ].sort();
    expect(documented).toEqual(served);
  });

  it('refers only to schemas it defines', async () => {
    const text = await (await app.request('/api/openapi.json')).text();
    const document = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/(\w+)"/g)) {
      expect(document.components.schemas).toHaveProperty(name!);
    }
  });
});
