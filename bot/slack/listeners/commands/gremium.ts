import type { App } from '@slack/bolt';
import { t } from '../../../chat/i18n/catalog';
import { renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';
import { slackOrigin } from '../../origin';

export const GREMIUM_COMMAND = '/gremium';

/** `/gremium <befehl>`: acknowledged at once; the answer follows through the response_url, visible to the user only. */
export function registerGremiumCommand(app: App, deps: SlackListenerDeps): void {
  app.command(GREMIUM_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const user = await deps.users.resolve(client, command.team_id, command.user_id);
    try {
      const replies = await deps.conversation.handleCommand(
        user,
        slackOrigin(command.team_id, command.channel_id, command.channel_name),
        command.text,
      );
      for (const reply of replies) await respond({ response_type: 'ephemeral', ...renderMessage(reply) });
    } catch (err) {
      deps.logger.error({ err, text: command.text }, 'slack command failed');
      await respond({ response_type: 'ephemeral', text: t(user.locale, 'error.generic') });
    }
  });
}
