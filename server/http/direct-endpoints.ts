import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** A machine-to-machine endpoint for one method and exact path (Slack's events endpoint). */
export interface DirectEndpoint {
  method: string;
  path: string;
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
}

/**
 * Serves the given endpoints before the Express app: a platform that needs its answer within a
 * deadline (Slack: 3 s, under bursts) gets it without Express's per-request work, request logging
 * or browser security headers in front. Each endpoint verifies and logs its requests itself;
 * everything else goes to `app` unchanged.
 */
export function withDirectEndpoints(
  app: RequestListener,
  endpoints: readonly DirectEndpoint[],
): RequestListener {
  if (endpoints.length === 0) return app;
  const byRoute = new Map(endpoints.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint]));
  return (req, res) => {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const endpoint = byRoute.get(`${req.method} ${query < 0 ? url : url.slice(0, query)}`);
    if (endpoint) endpoint.handle(req, res);
    else app(req, res);
  };
}
