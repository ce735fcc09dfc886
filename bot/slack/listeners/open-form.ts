import type { WebClient } from '@slack/web-api';
import { OFFICE_UPDATE_ACTION } from '../../chat/forms/office-update-form';
import { renderForm } from '../blocks/render-form';
import { renderMessage } from '../blocks/render-message';
import type { SlackListenerDeps } from '../listener-deps';

/** Asks the conversation for the form; opens it, or tells the user (in their DM with the bot) why not. */
export async function openOfficeUpdateForm(
  deps: SlackListenerDeps,
  client: WebClient,
  teamId: string,
  userId: string,
  triggerId: string,
): Promise<void> {
  const user = await deps.users.resolve(client, teamId, userId);
  const origin = { platform: 'slack' as const, tenantId: teamId, channelId: userId, kind: 'direct' as const };
  const outcome = await deps.conversation.handleAction(user, origin, OFFICE_UPDATE_ACTION, {});
  if (outcome.openForm) {
    await client.views.open({ trigger_id: triggerId, view: renderForm(outcome.openForm) });
    return;
  }
  for (const reply of outcome.replies)
    await client.chat.postMessage({ channel: userId, ...renderMessage(reply) });
}
