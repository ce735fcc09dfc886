import type { App, BlockButtonAction } from '@slack/bolt';
import { OFFICE_UPDATE_ACTION } from '../../../chat/forms/office-update-form';
import { openOfficeUpdateForm } from '../open-form';
import { buttonActionPattern } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';

/** The "Mitteilung senden" button (App Home): opens the form as a modal. */
export function registerOfficeUpdateOpenAction(app: App, deps: SlackListenerDeps): void {
  app.action<BlockButtonAction>(buttonActionPattern(OFFICE_UPDATE_ACTION), async ({ ack, body, client }) => {
    await ack();
    await openOfficeUpdateForm(deps, client, body.team?.id ?? '', body.user.id, body.trigger_id);
  });
}
