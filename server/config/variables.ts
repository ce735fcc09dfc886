import { z } from 'zod';

/** Every environment variable the server reads, with its format. Cross-variable rules live in rules.ts. */

const flag = z
  .string()
  .transform((value, ctx) => {
    const normalized = value.toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
    if (['false', '0', 'no', 'off'].includes(normalized)) return false;
    ctx.addIssue({ code: 'custom', message: `must be true or false (got "${value}")` });
    return z.NEVER;
  })
  .optional();

const text = z.string().optional();

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .transform((value) => new URL(value))
  .optional();

const positiveNumber = (what: string) =>
  z.coerce
    .number({ error: `must be ${what}` })
    .positive({ error: `must be ${what}` })
    .optional();

const positiveInteger = (what: string) =>
  z.coerce
    .number({ error: `must be ${what}` })
    .int({ error: `must be ${what}` })
    .positive({ error: `must be ${what}` })
    .optional();

/** `true`/`false`, a hop count, or a comma-separated list of trusted addresses/subnets (Express syntax). */
const trustProxy = z
  .string()
  .transform((value): boolean | number | string => {
    if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    if (/^\d+$/.test(value)) return Number(value);
    return value;
  })
  .optional();

export const variables = {
  NODE_ENV: z
    .enum(['development', 'test', 'production'], { error: 'must be development, test or production' })
    .optional(),
  HOST: text,
  PORT: z.coerce
    .number({ error: 'must be a port number between 0 and 65535' })
    .int({ error: 'must be a port number between 0 and 65535' })
    .min(0, { error: 'must be a port number between 0 and 65535' })
    .max(65535, { error: 'must be a port number between 0 and 65535' })
    .optional(),
  PUBLIC_URL: httpUrl,
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .optional(),
  TRUST_PROXY: trustProxy,

  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, { error: 'must start with mongodb:// or mongodb+srv://' })
    .optional(),
  EMBEDDED_DB: flag,
  DATA_DIR: text,
  DEMO_DATA: flag,

  SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters long' }).optional(),
  SESSION_TTL_HOURS: positiveNumber('a positive number of hours'),

  LOCAL_LOGIN: flag,
  LOGIN_MAX_FAILURES: positiveInteger('a positive whole number'),
  LOGIN_WINDOW_MINUTES: positiveNumber('a positive number of minutes'),

  OIDC_ISSUER: httpUrl,
  OIDC_CLIENT_ID: text,
  OIDC_CLIENT_SECRET: text,
  OIDC_SCOPES: z
    .string()
    .refine((value) => value.split(/\s+/).includes('openid'), { error: 'must include the scope "openid"' })
    .optional(),
  OIDC_AUTO_PROVISION: flag,

  TEAMS_ENABLED: flag,
  MICROSOFT_APP_ID: text,
  MICROSOFT_APP_PASSWORD: text,
  MICROSOFT_APP_TENANT_ID: text,

  SLACK_ENABLED: flag,
  SLACK_SIGNING_SECRET: text,
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', { error: 'must be a bot token (xoxb-…)' }).optional(),
  SLACK_CLIENT_ID: text,
  SLACK_CLIENT_SECRET: text,
  SLACK_STATE_SECRET: text,
  SLACK_APP_TOKEN: z
    .string()
    .startsWith('xapp-', { error: 'must be an app-level token (xapp-…)' })
    .optional(),

  TOKEN_ENCRYPTION_KEY: z
    .string()
    .transform((value, ctx) => {
      const key = Buffer.from(value, 'base64');
      if (key.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be 32 random bytes, base64 encoded (openssl rand -base64 32)',
        });
        return z.NEVER;
      }
      return key;
    })
    .optional(),
};

export type VariableName = keyof typeof variables;
export type RawSettings = { [K in VariableName]: z.output<(typeof variables)[K]> };
