import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config/env';
import { variables } from '../../server/config/variables';
import { PACKAGING_VARIABLES } from '../../scripts/package-teams';

const SECRET = 'x'.repeat(40);
const PRODUCTION_BASE = {
  NODE_ENV: 'production',
  SESSION_SECRET: SECRET,
  MONGODB_URI: 'mongodb://db.example:27017/gremien',
};

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts in development with nothing set, on an ephemeral session secret and the embedded database', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.http.port).toBe(3000);
    expect(config.http.host).toBe('127.0.0.1');
    expect(config.session.secret.length).toBeGreaterThanOrEqual(32);
    expect(config.session.secretIsEphemeral).toBe(true);
    expect(config.session.ttlMs).toBe(8 * 3_600_000);
    expect(config.database).toMatchObject({ embedded: true, uri: undefined });
    expect(config.demoData).toBe(true);
    expect(config.auth.localLogin).toBe(true);
    expect(config.auth.oidc).toBeUndefined();
    expect(config.warnings.join('\n')).toMatch(/SESSION_SECRET/);
  });

  it('refuses production without SESSION_SECRET, naming it', () => {
    const error = configError({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://db/x' });
    expect(error.issues.map((i) => i.variable)).toEqual(['SESSION_SECRET']);
    expect(error.message).toMatch(/SESSION_SECRET is required in production/);
  });

  it('refuses a session secret shorter than 32 characters', () => {
    expect(configError({ SESSION_SECRET: 'short' }).message).toMatch(
      /SESSION_SECRET must be at least 32 characters/,
    );
  });

  it('names a bad PORT with the value it got', () => {
    const error = configError({ PORT: 'abc' });
    expect(error.issues).toEqual([{ variable: 'PORT', message: expect.stringMatching(/port number/) }]);
    expect(configError({ PORT: '70000' }).issues[0]?.variable).toBe('PORT');
  });

  it('lists every problem at once', () => {
    const error = configError({
      NODE_ENV: 'production',
      PORT: 'x',
      LOG_LEVEL: 'loud',
      TEAMS_ENABLED: 'maybe',
    });
    expect(error.issues.map((i) => i.variable).sort()).toEqual([
      'LOG_LEVEL',
      'MONGODB_URI',
      'PORT',
      'SESSION_SECRET',
      'TEAMS_ENABLED',
    ]);
  });

  it('refuses Teams in production without its credentials', () => {
    const error = configError({ ...PRODUCTION_BASE, TEAMS_ENABLED: 'true' });
    expect(error.issues.map((i) => i.variable)).toEqual([
      'MICROSOFT_APP_ID',
      'MICROSOFT_APP_PASSWORD',
      'MICROSOFT_APP_TENANT_ID',
    ]);
    const config = loadConfig({
      ...PRODUCTION_BASE,
      TEAMS_ENABLED: 'true',
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'pw',
      MICROSOFT_APP_TENANT_ID: 'tenant',
    });
    expect(config.teams).toEqual({ appId: 'app', appPassword: 'pw', tenantId: 'tenant' });
  });

  it('allows Teams without credentials in development, with a warning', () => {
    const config = loadConfig({ TEAMS_ENABLED: 'true' });
    expect(config.teams).toEqual({ appId: undefined, appPassword: undefined, tenantId: undefined });
    expect(config.warnings.join('\n')).toMatch(/bot-ausprobieren/);
  });

  it('requires Slack credentials whenever Slack is enabled', () => {
    expect(configError({ SLACK_ENABLED: 'true' }).issues.map((i) => i.variable)).toEqual([
      'SLACK_SIGNING_SECRET',
      'SLACK_BOT_TOKEN',
    ]);
    const oauth = configError({ SLACK_ENABLED: 'true', SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: 'c' });
    expect(oauth.issues.map((i) => i.variable)).toEqual([
      'SLACK_CLIENT_SECRET',
      'SLACK_STATE_SECRET',
      'TOKEN_ENCRYPTION_KEY',
    ]);
    const config = loadConfig({
      SLACK_ENABLED: 'true',
      SLACK_SIGNING_SECRET: 's',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
    });
    expect(config.slack).toEqual({
      signingSecret: 's',
      botToken: 'xoxb-1',
      oauth: undefined,
      appToken: 'xapp-1',
    });
  });

  it('checks the token encryption key length', () => {
    expect(
      configError({ TOKEN_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') }).issues[0]?.variable,
    ).toBe('TOKEN_ENCRYPTION_KEY');
    expect(
      loadConfig({ TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') }).tokenEncryptionKey,
    ).toHaveLength(32);
  });

  it('takes OIDC settings all or none', () => {
    const error = configError({ OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0' });
    expect(error.issues.map((i) => i.variable)).toEqual(['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']);
    const config = loadConfig({
      OIDC_ISSUER: 'https://idp.example/',
      OIDC_CLIENT_ID: 'id',
      OIDC_CLIENT_SECRET: 'secret',
    });
    expect(config.auth.oidc).toMatchObject({
      clientId: 'id',
      scopes: 'openid profile email',
      autoProvision: false,
    });
  });

  it('never starts the embedded database in production unless asked to', () => {
    expect(configError({ NODE_ENV: 'production', SESSION_SECRET: SECRET }).issues[0]?.variable).toBe(
      'MONGODB_URI',
    );
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, EMBEDDED_DB: 'true' });
    expect(config.database.embedded).toBe(true);
    expect(config.demoData).toBe(false);
    expect(config.session.secureCookie).toBe(true);
    expect(configError({ EMBEDDED_DB: 'false' }).issues).toEqual([
      { variable: 'MONGODB_URI', message: 'is required when EMBEDDED_DB=false' },
    ]);
  });

  it('treats empty values as unset and parses flags, numbers and trust proxy', () => {
    const config = loadConfig({
      PORT: '',
      SESSION_TTL_HOURS: '0.5',
      LOCAL_LOGIN: 'no',
      TRUST_PROXY: '1',
      DEMO_DATA: 'false',
    });
    expect(config.http.port).toBe(3000);
    expect(config.session.ttlMs).toBe(1_800_000);
    expect(config.auth.localLogin).toBe(false);
    expect(config.http.trustProxy).toBe(1);
    expect(config.demoData).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).http.trustProxy).toBe('loopback, 10.0.0.0/8');
  });
});

describe('.env.example', () => {
  const example = dotenv.parse(readFileSync(new URL('../../.env.example', import.meta.url)));

  it('documents every variable the server and the Teams packaging script read', () => {
    expect(Object.keys(example).sort()).toEqual([...Object.keys(variables), ...PACKAGING_VARIABLES].sort());
  });

  it('is a valid development configuration as it stands', () => {
    expect(loadConfig(example).env).toBe('development');
  });
});
