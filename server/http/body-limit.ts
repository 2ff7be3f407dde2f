// A request body size limit that, for the usual request, reads only its headers.
//
// Hono's bodyLimit looks at `c.req.raw.body` on every request. Under @hono/node-server that one access turns
// the lightweight request into a full WHATWG Request: an AbortController, a web stream over the socket and
// an entry in undici's FinalizationRegistry, for every request, GETs included. In a submission rush those
// weak references and stream objects were what the server's mark-compact pauses (40–80 ms) spent their
// time on. A body with a Content-Length is limited by it (Node's parser reads exactly that many bytes, no
// more), so only a chunked body, or one from a runtime that gives no length (`app.request` in tests),
// needs Hono's counting reader.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export function limitBody(options: {
  maxBytes: number;
  /** Requests this limit does not apply to (a route with a limit of its own). */
  unless?: (c: Context) => boolean;
  onTooLarge: (c: Context) => Response | Promise<Response>;
}): MiddlewareHandler {
  const counting = bodyLimit({ maxSize: options.maxBytes, onError: options.onTooLarge });
  return async (c, next) => {
    // Never read by any route, so never limited (Hono's bodyLimit sees no body on them either).
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || options.unless?.(c)) return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > options.maxBytes ? options.onTooLarge(c) : next();
    }
    return counting(c, next);
  };
}
