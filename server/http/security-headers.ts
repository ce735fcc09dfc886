import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../config/env';

/**
 * helmet with a CSP for the Vue dashboard served from this origin: scripts only from here;
 * inline styles allowed because Vue transitions and the calendar component set style attributes.
 * Framing is same-origin only; the dashboard router widens `frame-ancestors` for Teams tabs
 * (static/teams-frame-ancestors.ts).
 */
export function securityHeaders(config: Config): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: config.isProduction ? [] : null,
      },
    },
    frameguard: { action: 'sameorigin' },
  });
}
