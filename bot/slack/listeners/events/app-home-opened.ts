import type { App } from '@slack/bolt';
import { renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';

/** App Home: my committees, next meetings, my open items; published fresh each time it opens. */
export function registerAppHomeOpened(app: App, deps: SlackListenerDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const teamId = body.team_id;
    const user = await deps.users.resolve(client, teamId, event.user);
    const { blocks } = renderMessage(await deps.conversation.homeOverview(user));
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks } });
  });
}
