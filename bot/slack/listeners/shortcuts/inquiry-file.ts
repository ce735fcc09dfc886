import type { App } from '@slack/bolt';
import type { SlackListenerDeps } from '../../listener-deps';
import { openInquiryForm, tellFailure } from './inquiry-form';

export const INQUIRY_FILE_SHORTCUT = 'inquiry_file';

/** Global shortcut "Anfrage stellen": the empty form. */
export function registerInquiryFileShortcut(app: App, deps: SlackListenerDeps): void {
  app.shortcut({ callback_id: INQUIRY_FILE_SHORTCUT, type: 'shortcut' }, async ({ ack, body, client }) => {
    await ack();
    try {
      await openInquiryForm(deps, client, {
        teamId: body.team?.id ?? '',
        userId: body.user.id,
        triggerId: body.trigger_id,
      });
    } catch (err) {
      deps.logger.error({ err }, 'slack inquiry shortcut failed');
      await tellFailure(deps, client, body.team?.id ?? '', body.user.id);
    }
  });
}
