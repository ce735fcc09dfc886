import type { App } from '@slack/bolt';
import { t } from '../../../chat/i18n/catalog';
import { renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';
import { openInquiryForm } from '../shortcuts/inquiry-form';

export const ANFRAGE_COMMAND = '/anfrage';

/** `/anfrage [text]`: opens the Anfrage modal, the text (if any) already in the question field. */
export function registerAnfrageCommand(app: App, deps: SlackListenerDeps): void {
  app.command(ANFRAGE_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    try {
      await openInquiryForm(deps, client, {
        teamId: command.team_id,
        userId: command.user_id,
        triggerId: command.trigger_id,
        text: command.text,
        respond: (message) => respond({ response_type: 'ephemeral', ...renderMessage(message) }),
      });
    } catch (err) {
      deps.logger.error({ err }, 'slack /anfrage failed');
      const user = await deps.users.resolve(client, command.team_id, command.user_id);
      await respond({ response_type: 'ephemeral', text: t(user.locale, 'error.generic') });
    }
  });
}
