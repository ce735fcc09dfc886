import { MicrosoftAppCredentials, PasswordServiceClientCredentialFactory } from 'botframework-connector';

/**
 * botbuilder obtains outbound tokens through MSAL, which insists on https authorities; in tests the
 * bot gets its client-credentials token from the fake's loopback token endpoint instead.
 */
export class LoopbackCredentialsFactory extends PasswordServiceClientCredentialFactory {
  constructor(
    appId: string,
    password: string,
    tenantId: string,
    private readonly tokenUrl: string,
  ) {
    super(appId, password, tenantId);
  }

  override async createCredentials(appId: string, audience: string): Promise<MicrosoftAppCredentials> {
    if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
    return new LoopbackAppCredentials(
      appId,
      this.password ?? '',
      this.tenantId ?? '',
      audience,
      this.tokenUrl,
    );
  }
}

class LoopbackAppCredentials extends MicrosoftAppCredentials {
  constructor(
    appId: string,
    password: string,
    tenantId: string,
    audience: string,
    private readonly tokenUrl: string,
  ) {
    super(appId, password, tenantId, audience);
  }

  override async getToken(): Promise<string> {
    const response = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.appId,
        client_secret: this.appPassword,
        scope: `${this.oAuthScope}/.default`,
      }),
    });
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    return ((await response.json()) as { access_token: string }).access_token;
  }
}
