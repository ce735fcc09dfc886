import type { App } from '@slack/bolt';
import type { SlackListenerDeps } from '../../listener-deps';

/** The bot token was revoked: like an uninstall for posting purposes. */
export function registerTokensRevoked(app: App, deps: SlackListenerDeps): void {
  app.event('tokens_revoked', async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await deps.workspaceGone(body.team_id, body.enterprise_id);
  });
}
