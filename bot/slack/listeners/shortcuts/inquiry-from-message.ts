import type { App } from '@slack/bolt';
import { renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';
import { openInquiryForm, plainSlackText, tellFailure } from './inquiry-form';

export const INQUIRY_FROM_MESSAGE_SHORTCUT = 'inquiry_from_message';

/** Message shortcut "Als Anfrage übernehmen": the form with the message's text as the question. */
export function registerInquiryFromMessageShortcut(app: App, deps: SlackListenerDeps): void {
  app.shortcut(
    { callback_id: INQUIRY_FROM_MESSAGE_SHORTCUT, type: 'message_action' },
    async ({ ack, body, client, respond }) => {
      await ack();
      try {
        await openInquiryForm(deps, client, {
          teamId: body.team?.id ?? '',
          userId: body.user.id,
          triggerId: body.trigger_id,
          text: plainSlackText(body.message.text ?? ''),
          respond: (message) =>
            respond({ response_type: 'ephemeral', replace_original: false, ...renderMessage(message) }),
        });
      } catch (err) {
        deps.logger.error({ err }, 'slack inquiry message shortcut failed');
        await tellFailure(deps, client, body.team?.id ?? '', body.user.id);
      }
    },
  );
}
