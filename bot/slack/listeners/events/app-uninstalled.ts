import type { App } from '@slack/bolt';
import type { SlackListenerDeps } from '../../listener-deps';

/** The workspace removed the app: forget its installation and stop posting to its channels. */
export function registerAppUninstalled(app: App, deps: SlackListenerDeps): void {
  app.event('app_uninstalled', async ({ body }) => {
    await deps.workspaceGone(body.team_id, body.enterprise_id);
  });
}
