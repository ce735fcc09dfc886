import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Locale } from '../chat/message';
import type { ChatUser } from '../chat/port';

const CACHE_MS = 10 * 60_000;

/**
 * Who a Slack user is for the conversation layer: e-mail (to find the Person) and language,
 * from users.info, cached for ten minutes. When Slack does not answer, the user is still served
 * (in German, without e-mail).
 */
export class SlackUserDirectory {
  private readonly cache = new Map<string, { user: ChatUser; until: number }>();

  constructor(private readonly logger: Pick<Logger, 'warn'>) {}

  async resolve(client: WebClient, teamId: string, userId: string): Promise<ChatUser> {
    const key = `${teamId}:${userId}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.user;
    const user: ChatUser = { platform: 'slack', tenantId: teamId, userId, locale: 'de' };
    try {
      const info = await client.users.info({ user: userId, include_locale: true });
      user.email = info.user?.profile?.email ?? undefined;
      user.displayName = info.user?.real_name ?? info.user?.name ?? undefined;
      user.locale = toLocale(info.user?.locale);
      this.cache.set(key, { user, until: Date.now() + CACHE_MS });
    } catch (err) {
      this.logger.warn({ err, userId }, 'slack users.info failed; continuing without e-mail');
    }
    return user;
  }
}

export function toLocale(slackLocale: string | undefined): Locale {
  return slackLocale && !slackLocale.toLowerCase().startsWith('de') ? 'en' : 'de';
}
