import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import type { BotFrameworkEndpoints } from '../../../../bot/teams/authentication';

export const CHANNEL_ISSUER = 'https://api.botframework.com';
export const MEMBER_EMAIL = 'ute.muster@stadt-koeln.example';

export interface CapturedRequest {
  method: string;
  path: string;
  authorization?: string;
  body: Record<string, unknown>;
}

interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * Loopback stand-in for the Microsoft side: the Bot Framework's OpenID metadata and signing keys,
 * an AAD token endpoint, and the Bot Connector REST API capturing what the bot sends.
 */
export class FakeBotFramework {
  readonly keyId = `key-${randomUUID()}`;
  readonly requests: CapturedRequest[] = [];
  readonly tokenRequests: Record<string, string>[] = [];
  private readonly failures: ScriptedFailure[] = [];
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;
  private server?: Server;
  private nextMessage = 1;
  baseUrl = '';

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = publicKey.export({ format: 'jwk' });
  }

  async start(): Promise<this> {
    const app = express();
    app.use(express.json());
    app.use(express.urlencoded({ extended: false }));
    app.get('/openid/.well-known/openidconfiguration', (_req, res) => {
      res.json({
        issuer: CHANNEL_ISSUER,
        jwks_uri: `${this.baseUrl}/openid/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    });
    app.get('/openid/keys', (_req, res) => {
      res.json({
        keys: [{ ...this.publicJwk, kid: this.keyId, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }],
      });
    });
    app.post('/tenant/oauth2/v2.0/token', (req, res) => {
      this.tokenRequests.push(req.body as Record<string, string>);
      res.json({
        token_type: 'Bearer',
        expires_in: 3600,
        access_token: `outbound-${this.tokenRequests.length}`,
      });
    });
    app.get('/v3/conversations/:conversationId/members/:memberId', (req, res) => {
      res.json({
        id: req.params.memberId,
        name: 'Ute Muster',
        email: MEMBER_EMAIL,
        userPrincipalName: MEMBER_EMAIL,
      });
    });
    app.all('/v3/conversations/{*rest}', (req, res) => {
      this.requests.push({
        method: req.method,
        path: req.path,
        authorization: req.get('authorization'),
        body: req.body ?? {},
      });
      const failure = this.failures.shift();
      if (failure) {
        res
          .status(failure.status)
          .set(failure.headers ?? {})
          .json(failure.body ?? { error: { code: 'Failure', message: 'scripted' } });
        return;
      }
      const id =
        req.method === 'PUT'
          ? decodeURIComponent(req.path.split('/').at(-1) ?? '')
          : `msg-${this.nextMessage++}`;
      res.status(req.method === 'PUT' ? 200 : 201).json({ id });
    });
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
    this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server?.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** The Bot Connector answers the next call with this failure. */
  failNext(status: number, headers?: Record<string, string>, body?: unknown): void {
    this.failures.push({ status, headers, body });
  }

  /** The Bot Connector's base URL as Teams puts it into `activity.serviceUrl`. */
  get serviceUrl(): string {
    return `${this.baseUrl}/`;
  }

  endpoints(): BotFrameworkEndpoints {
    return {
      ToBotFromChannelOpenIdMetadataUrl: `${this.baseUrl}/openid/.well-known/openidconfiguration`,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.baseUrl}/emulator/.well-known/openid-configuration`,
      ToChannelFromBotLoginUrl: `${this.baseUrl}/tenant`,
      ToChannelFromBotOAuthScope: CHANNEL_ISSUER,
      OAuthUrl: this.baseUrl,
      CallerId: 'urn:botframework:azure',
      ValidateAuthority: false,
    };
  }

  get tokenUrl(): string {
    return `${this.baseUrl}/tenant/oauth2/v2.0/token`;
  }

  /** A Bot Framework channel token as Teams sends it; `sign` with another key to forge one. */
  channelToken(claims: Record<string, unknown>, options: { sign?: KeyObject; kid?: string } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: options.kid ?? this.keyId };
    const payload = { iss: CHANNEL_ISSUER, nbf: now - 10, iat: now - 10, exp: now + 3600, ...claims };
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const signingInput = `${encode(header)}.${encode(payload)}`;
    const signature = createSign('RSA-SHA256')
      .update(signingInput)
      .sign(options.sign ?? this.privateKey)
      .toString('base64url');
    return `${signingInput}.${signature}`;
  }
}
