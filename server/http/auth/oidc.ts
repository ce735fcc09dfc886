import { Router, type Request } from 'express';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import type { Config } from '../../config/env';
import { AppError } from '../errors';
import { completeLogin, recordFailedLogin } from './login-session';
import { matchOidcAccount, type OidcIdentity } from './oidc-accounts';
import { saveSession } from './session';

export const OIDC_LOGIN_PATH = '/auth/oidc/login';
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

type OidcConfig = NonNullable<Config['auth']['oidc']>;

export interface OidcDeps {
  config: Config;
  oidcConfig: OidcConfig;
  logger: Logger;
  clock: () => Date;
}

/**
 * OpenID Connect login (authorization code flow with PKCE, state and nonce kept in the session).
 * Works with any standard provider; for Microsoft Entra ID set OIDC_ISSUER to
 * https://login.microsoftonline.com/<tenant>/v2.0.
 */
export function oidcRouter({ config, oidcConfig, logger, clock }: OidcDeps): Router {
  const redirectUri = new URL(OIDC_CALLBACK_PATH.slice(1), withTrailingSlash(config.http.publicUrl));
  const discover = cachedDiscovery(oidcConfig, !config.isProduction, logger);
  const router = Router();

  router.get(OIDC_LOGIN_PATH, async (req, res) => {
    const client = await discover();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    req.session.oidc = { state, nonce, codeVerifier, returnTo: safeReturnPath(req.query.returnTo) };
    await saveSession(req);
    const url = oidc.buildAuthorizationUrl(client, {
      redirect_uri: redirectUri.href,
      scope: oidcConfig.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    res.redirect(303, url.href);
  });

  router.get(OIDC_CALLBACK_PATH, async (req, res) => {
    const pending = req.session.oidc;
    delete req.session.oidc; // one attempt per login start
    if (!pending)
      throw new AppError('oidc_failed', 'Die Anmeldung ist abgelaufen. Bitte starten Sie sie erneut.');
    const client = await discover();
    const tokens = await oidc
      .authorizationCodeGrant(client, callbackUrl(redirectUri, req), {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      })
      .catch(async (err: unknown) => {
        logger.warn({ err, requestId: req.id }, 'OIDC callback refused');
        await recordFailedLogin(req, 'oidc', 'callback refused', { error: explain(err) });
        throw new AppError('oidc_failed');
      });
    const identity = await identityFrom(client, tokens);
    const match = await matchOidcAccount(identity, { autoProvision: oidcConfig.autoProvision, logger });
    if (!('userId' in match)) {
      await recordFailedLogin(req, 'oidc', `account ${match.outcome}`, {
        issuer: identity.issuer,
        subject: identity.subject,
      });
      throw match.outcome === 'unknown'
        ? new AppError('account_not_provisioned')
        : new AppError('forbidden', 'Ihr Zugang ist gesperrt. Bitte wenden Sie sich an die Geschäftsstelle.');
    }
    if (match.outcome !== 'found')
      logger.info({ userId: match.userId, outcome: match.outcome }, 'OIDC account');
    await completeLogin(req, match.userId, 'oidc', clock());
    res.redirect(303, pending.returnTo);
  });

  return router;
}

/**
 * Issuer and subject come from the validated ID token. Some providers put e-mail and name only
 * into the userinfo response; it is asked when the ID token lacks them.
 */
async function identityFrom(
  client: oidc.Configuration,
  tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>,
): Promise<OidcIdentity> {
  const claims = tokens.claims();
  if (!claims) throw new AppError('oidc_failed');
  let profile: Record<string, unknown> = claims;
  if (typeof claims.email !== 'string' && client.serverMetadata().userinfo_endpoint) {
    profile = { ...(await oidc.fetchUserInfo(client, tokens.access_token, claims.sub)), ...claims };
  }
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: typeof profile.email === 'string' ? profile.email : undefined,
    emailVerified: typeof profile.email_verified === 'boolean' ? profile.email_verified : undefined,
    name: typeof profile.name === 'string' ? profile.name : undefined,
  };
}

function cachedDiscovery(oidcConfig: OidcConfig, allowLoopbackHttp: boolean, logger: Logger) {
  let discovered: Promise<oidc.Configuration> | undefined;
  const insecureAllowed =
    allowLoopbackHttp && oidcConfig.issuer.protocol === 'http:' && isLoopback(oidcConfig.issuer);
  return (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(oidcConfig.issuer, oidcConfig.clientId, oidcConfig.clientSecret, undefined, {
        execute: insecureAllowed ? [oidc.allowInsecureRequests] : [],
      })
      .catch((err: unknown) => {
        discovered = undefined; // try again on the next login
        logger.error({ err, issuer: oidcConfig.issuer.href }, 'OIDC discovery failed');
        throw new AppError(
          'unavailable',
          'Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
        );
      });
    return discovered;
  };
}

/** openid-client wraps the specific reason (e.g. which claim did not match) in `cause`. */
function explain(err: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = err; e instanceof Error && messages.length < 3; e = e.cause) messages.push(e.message);
  return messages.join(': ') || String(err);
}

/** http issuers are accepted only on loopback outside production (local test providers). */
function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function withTrailingSlash(url: URL): URL {
  return url.pathname.endsWith('/') ? url : new URL(`${url.href}/`);
}

/** The callback as the provider called it, seen through PUBLIC_URL (the app may sit behind a proxy). */
function callbackUrl(redirectUri: URL, req: Request): URL {
  const url = new URL(redirectUri);
  url.search = new URL(req.originalUrl, 'http://placeholder').search;
  return url;
}

/** Only same-site paths, so the login cannot be used as an open redirect. */
function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/';
}
