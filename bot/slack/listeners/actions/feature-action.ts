import type { App, BlockButtonAction } from '@slack/bolt';
import { t } from '../../../chat/i18n/catalog';
import { OFFICE_UPDATE_ACTION } from '../../../chat/forms/office-update-form';
import { renderForm } from '../../blocks/render-form';
import { neutralActionId, renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';
import { slackOrigin } from '../../origin';

/** Every button of the workflows (`attendance.respond#0`, ...); the office-update button has its own listener. */
const FEATURE_BUTTON = new RegExp(
  `^(?!${OFFICE_UPDATE_ACTION.replace('.', '\\.')})[a-zA-Z]+\\.[\\w.]+(#\\d+)?$`,
);

/**
 * A button press: acknowledged at once; the conversation's answer replaces the message that carried
 * the button, opens a modal, or comes back visible to the presser only.
 */
export function registerFeatureAction(app: App, deps: SlackListenerDeps): void {
  app.action<BlockButtonAction>(FEATURE_BUTTON, async ({ ack, body, action, client, respond }) => {
    await ack();
    const teamId = body.team?.id ?? '';
    const user = await deps.users.resolve(client, teamId, body.user.id);
    const channelId = body.channel?.id ?? body.user.id;
    const origin = body.channel
      ? slackOrigin(teamId, channelId, body.channel.name)
      : { ...slackOrigin(teamId, channelId), kind: 'direct' as const };
    try {
      const value = JSON.parse(action.value || '{}') as Record<string, string>;
      const outcome = await deps.conversation.handleAction(
        user,
        origin,
        neutralActionId(action.action_id),
        value,
      );
      if (outcome.openForm)
        await client.views.open({ trigger_id: body.trigger_id, view: renderForm(outcome.openForm) });
      if (outcome.updateOriginal && body.message?.ts && body.channel?.id)
        await client.chat.update({
          channel: body.channel.id,
          ts: body.message.ts,
          ...renderMessage(outcome.updateOriginal),
        });
      for (const reply of outcome.replies)
        await respond({ response_type: 'ephemeral', replace_original: false, ...renderMessage(reply) });
    } catch (err) {
      deps.logger.error({ err, actionId: action.action_id }, 'slack action failed');
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: t(user.locale, 'error.generic'),
      });
    }
  });
}
