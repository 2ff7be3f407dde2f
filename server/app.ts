// Builds the HTTP app from its parts. No I/O of its own: main.ts passes the real database, grader and
// queue; tests pass an in-memory database and the same grader. Each resource is one sub-app in routes/.

import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { PoolClosedError, PoolOverloadedError } from '../graders/pool/pool-errors.ts';
import type { AppDeps, AppEnv } from './app-env.ts';
import { ApiError, errorBody, respondWithError } from './http/api-error.ts';
import { limitBody } from './http/body-limit.ts';
import { requireCsrfHeader } from './http/csrf.ts';
import { identify } from './http/identity.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { attemptRoutes } from './routes/attempts.ts';
import { attestationRoutes } from './routes/attestation.ts';
import { authRoutes } from './routes/auth.ts';
import { codecastRoutes } from './routes/codecasts.ts';
import { courseRoutes } from './routes/courses.ts';
import { exerciseRoutes } from './routes/exercises.ts';
import { meRoutes } from './routes/me.ts';
import { sessionRoutes } from './routes/session.ts';
import { teacherRoutes } from './routes/teacher.ts';

export function createApp(deps: AppDeps) {
  const openApiDocument = buildOpenApiDocument();
  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      await next();
      // Answers depend on the session: no shared cache may keep them. A route that knows better (a
      // codecast's chunks, immutable per version) says so itself. Set on the response's own headers, as
      // secureHeaders does: `c.header` after the handler copies the response into a new one, and under
      // @hono/node-server that builds a full WHATWG Response (a web stream for its body) per request.
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
    })
    .use(
      // A whole codecast is larger than any other body: its route has its own limit (MAX_CODECAST_BYTES).
      limitBody({
        unless: (c) => c.req.method === 'PUT' && /^\/api\/codecasts\/[^/]+$/.test(c.req.path),
        maxBytes: deps.config.maxBodyBytes,
        onTooLarge: (c) =>
          c.json(
            errorBody(
              'body-too-large',
              `The request body is larger than ${deps.config.maxBodyBytes} bytes.`,
              {
                maxBytes: deps.config.maxBodyBytes,
              },
            ),
            413,
          ),
      }),
    )
    .use(requireCsrfHeader())
    .use(identify(deps))
    .route('/session', sessionRoutes(deps))
    .route('/me', meRoutes(deps))
    .route('/auth', authRoutes(deps))
    .route('/courses', courseRoutes(deps))
    .route('/courses', attestationRoutes(deps))
    .route('/exercises', exerciseRoutes(deps))
    .route('/attempts', attemptRoutes(deps))
    .route('/teacher', teacherRoutes(deps))
    .route('/codecasts', codecastRoutes(deps));

  const app = new Hono()
    .use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Monaco starts its language workers from blob: URLs.
          workerSrc: ["'self'", 'blob:'],
          // Monaco sets inline styles on the elements it draws.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: deps.config.frameAncestors,
        },
        // frame-ancestors decides who may embed us; X-Frame-Options would forbid every LMS.
        xFrameOptions: false,
      }),
    )
    // Public and the same for everyone: answered before the session middleware.
    .get('/api/openapi.json', (c) => c.json(openApiDocument))
    .route('/api', api);

  const { webDir } = deps.config;
  if (webDir !== undefined) {
    // An unknown API path keeps the API's 404; any other path is the web app's (it routes in the browser).
    app
      .all('/api/*', (c) =>
        c.json(errorBody('not-found', `No route for ${c.req.method} ${c.req.path}.`), 404),
      )
      .use('/*', serveStatic({ root: webDir }))
      .get('/*', serveStatic({ root: webDir, path: 'index.html' }));
  }

  app.notFound((c) => c.json(errorBody('not-found', `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return respondWithError(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      const code = /malformed json/i.test(error.message) ? 'malformed-json' : 'bad-request';
      return c.json(errorBody(code, error.message || 'Bad request.'), error.status);
    }
    if (error instanceof PoolOverloadedError || error instanceof PoolClosedError) {
      c.header('Retry-After', '5');
      return c.json(errorBody('grader-busy', 'The grader is busy: try again in a few seconds.'), 503);
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.json(errorBody('internal', 'Something went wrong on our side; it has been logged.'), 500);
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;
