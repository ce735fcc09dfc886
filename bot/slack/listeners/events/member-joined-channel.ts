import type { App } from '@slack/bolt';
import type { SlackListenerDeps } from '../../listener-deps';

/** The bot was added to a channel: remember it as a place to post (binding is a separate office command). */
export function registerMemberJoinedChannel(app: App, deps: SlackListenerDeps): void {
  app.event('member_joined_channel', async ({ event, context, body }) => {
    if (event.user !== context.botUserId) return;
    await deps.conversation.conversationInstalled(
      { platform: 'slack', tenantId: event.team ?? body.team_id, channelId: event.channel, kind: 'channel' },
      {},
    );
  });
}
