import type { InstallationStore } from '@slack/oauth';

/** Bot token per workspace: one fixed token (single-workspace mode) or the OAuth installation's. */
export type TokenSource = (
  teamId: string,
  enterpriseId?: string,
) => Promise<{ botToken: string; botUserId?: string; botId?: string }>;

export function fixedToken(botToken: string): TokenSource {
  return async () => ({ botToken });
}

export function installedTokens(store: InstallationStore): TokenSource {
  return async (teamId, enterpriseId) => {
    const installation = await store.fetchInstallation({ teamId, enterpriseId, isEnterpriseInstall: false });
    const botToken = installation.bot?.token;
    if (!botToken) throw new Error(`the Slack installation for ${teamId} has no bot token`);
    return { botToken, botUserId: installation.bot?.userId, botId: installation.bot?.id };
  };
}
