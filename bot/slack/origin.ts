import type { ChatOrigin } from '../chat/port';

/** Where a slash command or action came from; DMs are `D…` channels (`directmessage`), group DMs `mpdm-…`. */
export function slackOrigin(teamId: string, channelId: string, channelName?: string): ChatOrigin {
  const kind =
    channelId.startsWith('D') || channelName === 'directmessage'
      ? 'direct'
      : channelName?.startsWith('mpdm-')
        ? 'group'
        : 'channel';
  return { platform: 'slack', tenantId: teamId, channelId, channelName, kind };
}
