import type { App } from '@slack/bolt';
import { openOfficeUpdateForm } from '../open-form';
import type { SlackListenerDeps } from '../../listener-deps';

export const OFFICE_UPDATE_SHORTCUT = 'office_update';

/** Global shortcut "Mitteilung senden". */
export function registerOfficeUpdateShortcut(app: App, deps: SlackListenerDeps): void {
  app.shortcut(OFFICE_UPDATE_SHORTCUT, async ({ ack, body, client }) => {
    await ack();
    await openOfficeUpdateForm(deps, client, body.team?.id ?? '', body.user.id, body.trigger_id);
  });
}
