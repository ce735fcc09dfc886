import { randomBytes } from 'node:crypto';
import path from 'node:path';
import dotenv from 'dotenv';
import type { Config } from './config';
import { checkRules, type ConfigIssue } from './rules';
import { variables, type RawSettings, type VariableName } from './variables';

export type { Config } from './config';

export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(
      [
        'Invalid configuration (environment variables or .env):',
        ...issues.map((i) => `  - ${i.variable} ${i.message}`),
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Reads `.env` (if present; real environment variables win) and validates `process.env`. */
export function readConfig(): Config {
  dotenv.config({ quiet: true });
  return loadConfig(process.env);
}

/** Validates the given variables; throws a ConfigError listing every problem at once. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const settings: Partial<RawSettings> = {};
  const invalid = new Set<VariableName>();
  const issues: ConfigIssue[] = [];
  for (const name of Object.keys(variables) as VariableName[]) {
    const raw = env[name]?.trim();
    const result = variables[name].safeParse(raw === '' ? undefined : raw);
    if (result.success) {
      (settings as Record<VariableName, unknown>)[name] = result.data;
    } else {
      invalid.add(name);
      for (const issue of result.error.issues) issues.push({ variable: name, message: issue.message });
    }
  }
  issues.push(...checkRules(settings, invalid));
  if (issues.length > 0) throw new ConfigError(issues);
  return buildConfig(settings as RawSettings);
}

function buildConfig(s: RawSettings): Config {
  const env = s.NODE_ENV ?? 'development';
  const isProduction = env === 'production';
  const port = s.PORT ?? 3000;
  const warnings: string[] = [];

  const sessionSecret = s.SESSION_SECRET ?? randomBytes(32).toString('base64url');
  if (!s.SESSION_SECRET && env === 'development') {
    warnings.push('SESSION_SECRET is not set: using a random one, so every restart logs everybody out.');
  }
  const publicUrl = s.PUBLIC_URL ?? new URL(`http://localhost:${port}`);
  if (!s.PUBLIC_URL && isProduction) warnings.push(`PUBLIC_URL is not set: assuming ${publicUrl.origin}.`);
  if (isProduction && publicUrl.protocol === 'http:') {
    warnings.push(
      'PUBLIC_URL is not https: browsers will not send the (Secure) session cookie, so nobody can log in.',
    );
  }
  if (isProduction && !s.TRUST_PROXY) {
    warnings.push(
      'TRUST_PROXY is not set: if a reverse proxy terminates TLS, set it, or session cookies are not issued.',
    );
  }
  if (s.TEAMS_ENABLED && !s.MICROSOFT_APP_ID) {
    warnings.push(
      'Teams is enabled without MICROSOFT_APP_ID: /api/messages refuses all requests; use /bot-ausprobieren in development.',
    );
  }

  const oidc =
    s.OIDC_ISSUER && s.OIDC_CLIENT_ID && s.OIDC_CLIENT_SECRET
      ? {
          issuer: s.OIDC_ISSUER,
          clientId: s.OIDC_CLIENT_ID,
          clientSecret: s.OIDC_CLIENT_SECRET,
          scopes: s.OIDC_SCOPES ?? 'openid profile email',
          autoProvision: s.OIDC_AUTO_PROVISION ?? false,
        }
      : undefined;

  const slackOauth =
    s.SLACK_CLIENT_ID && s.SLACK_CLIENT_SECRET && s.SLACK_STATE_SECRET
      ? {
          clientId: s.SLACK_CLIENT_ID,
          clientSecret: s.SLACK_CLIENT_SECRET,
          stateSecret: s.SLACK_STATE_SECRET,
        }
      : undefined;

  return {
    env,
    isProduction,
    http: {
      host: s.HOST ?? (isProduction ? '0.0.0.0' : '127.0.0.1'),
      port,
      publicUrl,
      trustProxy: s.TRUST_PROXY ?? false,
    },
    logLevel: s.LOG_LEVEL ?? (env === 'test' ? 'silent' : 'info'),
    database: {
      uri: s.MONGODB_URI,
      embedded: s.MONGODB_URI === undefined,
      dataDir: path.resolve(s.DATA_DIR ?? './data'),
    },
    demoData: s.DEMO_DATA ?? env === 'development',
    session: {
      secret: sessionSecret,
      secretIsEphemeral: !s.SESSION_SECRET,
      ttlMs: (s.SESSION_TTL_HOURS ?? 8) * 3_600_000,
      secureCookie: isProduction,
    },
    auth: {
      localLogin: s.LOCAL_LOGIN ?? true,
      loginRateLimit: {
        maxFailures: s.LOGIN_MAX_FAILURES ?? 5,
        windowMs: (s.LOGIN_WINDOW_MINUTES ?? 15) * 60_000,
      },
      oidc,
    },
    teams: s.TEAMS_ENABLED
      ? {
          appId: s.MICROSOFT_APP_ID,
          appPassword: s.MICROSOFT_APP_PASSWORD,
          tenantId: s.MICROSOFT_APP_TENANT_ID,
        }
      : undefined,
    slack:
      s.SLACK_ENABLED && s.SLACK_SIGNING_SECRET
        ? {
            signingSecret: s.SLACK_SIGNING_SECRET,
            botToken: s.SLACK_BOT_TOKEN,
            oauth: slackOauth,
            appToken: s.SLACK_APP_TOKEN,
          }
        : undefined,
    tokenEncryptionKey: s.TOKEN_ENCRYPTION_KEY,
    warnings,
  };
}
