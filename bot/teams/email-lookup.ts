import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { EmailLookup } from './teams-bot';

const CACHE_LIMIT = 5_000;
const CACHE_MS = 60 * 60_000;

/**
 * Asks Teams for the member's e-mail address (one connector call, cached for an hour). A failure
 * is logged and the user stays unlinked; the conversation layer then explains how to link.
 */
export function createTeamsEmailLookup(logger: Logger): EmailLookup {
  const cache = new Map<string, { email: string | undefined; until: number }>();
  return async (context: TurnContext) => {
    const userId = context.activity.from?.id;
    if (!userId || context.activity.channelId !== 'msteams') return undefined;
    const cached = cache.get(userId);
    if (cached && cached.until > Date.now()) return cached.email;
    let email: string | undefined;
    try {
      const member = await TeamsInfo.getMember(context, userId);
      email = member.email ?? member.userPrincipalName ?? undefined;
    } catch (error) {
      logger.warn({ err: error, userId }, 'Teams member lookup failed; continuing without e-mail address');
      return undefined;
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(userId, { email, until: Date.now() + CACHE_MS });
    return email;
  };
}
