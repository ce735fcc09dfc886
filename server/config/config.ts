import type { Level } from 'pino';

export type NodeEnv = 'development' | 'test' | 'production';

/** The validated configuration. Built once at start-up by `loadConfig`; never read `process.env` elsewhere. */
export interface Config {
  env: NodeEnv;
  isProduction: boolean;
  http: {
    host: string;
    port: number;
    /** Where browsers and chat platforms reach the server (OIDC redirect, links in messages). */
    publicUrl: URL;
    /** Express `trust proxy` setting. */
    trustProxy: boolean | number | string;
  };
  logLevel: Level | 'silent';
  database: {
    /** External MongoDB; unset means the embedded server. */
    uri?: string;
    embedded: boolean;
    dataDir: string;
  };
  demoData: boolean;
  session: {
    secret: string;
    /** True when no SESSION_SECRET was set and a random one is used (sessions end at restart). */
    secretIsEphemeral: boolean;
    ttlMs: number;
    secureCookie: boolean;
  };
  auth: {
    localLogin: boolean;
    loginRateLimit: { maxFailures: number; windowMs: number };
    oidc?: {
      issuer: URL;
      clientId: string;
      clientSecret: string;
      scopes: string;
      /** Create a `member` account for unknown OIDC users instead of refusing them. */
      autoProvision: boolean;
    };
  };
  teams?: {
    /** Unset only outside production: /api/messages then refuses every request. */
    appId?: string;
    appPassword?: string;
    tenantId?: string;
  };
  slack?: {
    signingSecret: string;
    /** Single-workspace installation. */
    botToken?: string;
    /** Multi-workspace installation over OAuth. */
    oauth?: { clientId: string; clientSecret: string; stateSecret: string };
    /** Set: Socket Mode instead of HTTP events. */
    appToken?: string;
  };
  /** AES-256 key for chat tokens stored in the database. */
  tokenEncryptionKey?: Buffer;
  /** Things worth telling the operator at start-up that do not stop it. */
  warnings: string[];
}
