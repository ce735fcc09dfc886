import type { Authorize } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { TokenSource } from './tokens';

/** Bolt's authorize from our token source; the bot user id (for "the bot joined") is looked up once per token. */
export function authorizeWith(tokens: TokenSource, slackApiUrl?: string): Authorize<boolean> {
  const botUsers = new Map<string, Promise<{ botUserId?: string; botId?: string }>>();
  return async ({ teamId, enterpriseId }) => {
    const token = await tokens(teamId ?? '', enterpriseId);
    if (token.botUserId)
      return {
        botToken: token.botToken,
        botUserId: token.botUserId,
        botId: token.botId,
        teamId,
        enterpriseId,
      };
    let identity = botUsers.get(token.botToken);
    if (!identity) {
      identity = new WebClient(token.botToken, { slackApiUrl }).auth
        .test()
        .then((r) => ({ botUserId: r.user_id, botId: r.bot_id }));
      identity.catch(() => botUsers.delete(token.botToken));
      botUsers.set(token.botToken, identity);
    }
    return { botToken: token.botToken, ...(await identity), teamId, enterpriseId };
  };
}
