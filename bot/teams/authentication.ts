import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  AuthenticationError,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
  type ServiceClientCredentialsFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** The single-tenant Azure app registration of the bot. */
export interface TeamsCredentials {
  appId: string;
  appPassword: string;
  tenantId: string;
}

/**
 * Where tokens are checked and fetched. Unset means the public Microsoft cloud; tests point these
 * at loopback fakes. When set, botbuilder uses exactly these values, so set all of them.
 */
export interface BotFrameworkEndpoints {
  ToBotFromChannelOpenIdMetadataUrl: string;
  ToBotFromChannelTokenIssuer: string;
  ToBotFromEmulatorOpenIdMetadataUrl: string;
  ToChannelFromBotLoginUrl: string;
  ToChannelFromBotOAuthScope: string;
  OAuthUrl: string;
  CallerId: string;
  ValidateAuthority: boolean;
}

export interface TeamsAuthenticationOptions {
  credentials: TeamsCredentials;
  endpoints?: BotFrameworkEndpoints;
  /** Replaces how outbound tokens are obtained (tests: a loopback token endpoint). */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

export function createTeamsAuthentication(options: TeamsAuthenticationOptions): BotFrameworkAuthentication {
  const { credentials } = options;
  const inner = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: credentials.appId,
      MicrosoftAppPassword: credentials.appPassword,
      MicrosoftAppTenantId: credentials.tenantId,
      ...options.endpoints,
    },
    options.credentialsFactory,
  );
  return new RefusingAuthentication(inner);
}

/**
 * botbuilder answers 500 when jsonwebtoken rejects a token (bad signature, malformed); every
 * rejected token is an authentication failure, so it becomes a 401.
 */
class RefusingAuthentication extends BotFrameworkAuthentication {
  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    try {
      return await this.inner.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw asAuthenticationError(error);
    }
  }

  override async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    try {
      return await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (error) {
      throw asAuthenticationError(error);
    }
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient() {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}

function asAuthenticationError(error: unknown): unknown {
  if (error instanceof AuthenticationError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError' || name === 'TokenExpiredError') {
    return new AuthenticationError(`Unauthorized. ${(error as Error).message}`, 401);
  }
  return error;
}
