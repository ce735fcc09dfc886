import type { RequestHandler } from 'express';

/** Hosts that show the dashboard as a Teams personal tab (Teams, Microsoft 365, Outlook). */
export const TEAMS_TAB_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.skype.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://*.cloud.microsoft',
] as const;

/**
 * Lets Teams frame the dashboard pages: replaces the `frame-ancestors` directive of the CSP that
 * helmet set earlier in the chain (or adds a CSP with only that directive) and drops
 * X-Frame-Options, which cannot name several hosts. Mount it only on the dashboard routes.
 */
export function teamsTabFrameAncestors(): RequestHandler {
  const directive = `frame-ancestors ${TEAMS_TAB_FRAME_ANCESTORS.join(' ')}`;
  return (_req, res, next) => {
    const current = res.getHeader('Content-Security-Policy');
    res.setHeader(
      'Content-Security-Policy',
      withFrameAncestors(typeof current === 'string' ? current : '', directive),
    );
    res.removeHeader('X-Frame-Options');
    next();
  };
}

export function withFrameAncestors(policy: string, directive: string): string {
  const others = policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !part.toLowerCase().startsWith('frame-ancestors'));
  return [...others, directive].join(';');
}
