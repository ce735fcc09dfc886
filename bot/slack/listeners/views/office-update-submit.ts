import type { App } from '@slack/bolt';
import { OFFICE_UPDATE_FORM } from '../../../chat/forms/office-update-form';
import { readFormValues, renderFormErrors } from '../../blocks/render-form';
import { renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';

/** Submitting the Mitteilung form: errors go back inline into the modal; otherwise it closes and the user gets the confirmation. */
export function registerOfficeUpdateSubmit(app: App, deps: SlackListenerDeps): void {
  app.view(OFFICE_UPDATE_FORM, async ({ ack, body, view, client }) => {
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
      OFFICE_UPDATE_FORM,
      readFormValues(view.state),
      state,
    );
    if ('errors' in outcome) {
      await ack(renderFormErrors(outcome.errors));
      return;
    }
    await ack();
    for (const reply of 'replies' in outcome ? outcome.replies : [])
      await client.chat.postMessage({ channel: body.user.id, ...renderMessage(reply) });
  });
}
