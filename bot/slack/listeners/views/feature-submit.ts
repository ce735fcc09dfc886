import type { App } from '@slack/bolt';
import { OFFICE_UPDATE_FORM } from '../../../chat/forms/office-update-form';
import { readFormValues, renderForm, renderFormErrors } from '../../blocks/render-form';
import { renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';

/** Every workflow form (modal callback id = neutral form id); the office-update form has its own listener. */
const FEATURE_FORM = new RegExp(`^(?!${OFFICE_UPDATE_FORM.replace('.', '\\.')}$)[a-zA-Z]+\\.[\\w.]+$`);

/**
 * A submitted workflow modal: field errors go back inline, a second step (confirmation) replaces the
 * modal; otherwise it closes and the answer comes by DM.
 */
export function registerFeatureSubmit(app: App, deps: SlackListenerDeps): void {
  app.view(FEATURE_FORM, async ({ ack, body, view, client }) => {
    const teamId = body.team?.id ?? view.team_id;
    const user = await deps.users.resolve(client, teamId, body.user.id);
    const origin = {
      platform: 'slack' as const,
      tenantId: teamId,
      channelId: body.user.id,
      kind: 'direct' as const,
    };
    const state = JSON.parse(view.private_metadata || '{}') as Record<string, string>;
    const outcome = await deps.conversation.handleFormSubmit(
      user,
      origin,
      view.callback_id,
      readFormValues(view.state),
      state,
    );
    if ('errors' in outcome) {
      await ack(renderFormErrors(outcome.errors));
      return;
    }
    if ('nextForm' in outcome) {
      await ack({ response_action: 'update', view: renderForm(outcome.nextForm) });
      return;
    }
    await ack();
    for (const reply of outcome.replies)
      await client.chat.postMessage({ channel: body.user.id, ...renderMessage(reply) });
  });
}
