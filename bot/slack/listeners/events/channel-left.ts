import type { App } from '@slack/bolt';
import type { SlackListenerDeps } from '../../listener-deps';

/** The bot was removed from a channel (or it was archived): stop posting there. */
export function registerChannelLeft(app: App, deps: SlackListenerDeps): void {
  for (const name of ['channel_left', 'group_left'] as const) {
    app.event(name, async ({ event, body }) => {
      await deps.conversation.conversationRemoved({
        platform: 'slack',
        tenantId: body.team_id,
        channelId: event.channel,
        kind: 'channel',
      });
    });
  }
}
