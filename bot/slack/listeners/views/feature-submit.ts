import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { OFFICE_UPDATE_FORM } from '../../../chat/forms/office-update-form';
import { t } from '../../../chat/i18n/catalog';
import type { FormOutcome } from '../../../chat/inbound';
import type { Locale } from '../../../chat/message';
import { presentNotice } from '../../../chat/presenters/notice';
import { readFormValues, renderForm, renderFormErrors } from '../../blocks/render-form';
import { renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';

/** Every workflow form (modal callback id = neutral form id); the office-update form has its own listener. */
const FEATURE_FORM = new RegExp(`^(?!${OFFICE_UPDATE_FORM.replace('.', '\\.')}$)[a-zA-Z]+\\.[\\w.]+$`);

/** Slack drops a view submission not acknowledged within 3 seconds; leave room for the network. */
export const SUBMIT_BUDGET_MS = 2_500;

type Settled = { kind: 'done'; outcome: FormOutcome } | { kind: 'failed'; err: unknown } | { kind: 'slow' };

/**
 * A submitted workflow modal: field errors go back inline, a second step (confirmation) replaces the
 * modal; otherwise it closes and the answer comes by DM. A failure is shown in the modal; work that
 * outlasts Slack's deadline closes the modal and answers by DM when it is done.
 */
export function registerFeatureSubmit(app: App, deps: SlackListenerDeps, budgetMs = SUBMIT_BUDGET_MS): void {
  app.view(FEATURE_FORM, async ({ ack, body, view, client }) => {
    const teamId = body.team?.id ?? view.team_id;
    const userId = body.user.id;
    let locale: Locale = 'de';
    const work = (async () => {
      const user = await deps.users.resolve(client, teamId, userId);
      locale = user.locale;
      const origin = {
        platform: 'slack' as const,
        tenantId: teamId,
        channelId: userId,
        kind: 'direct' as const,
      };
      const state = JSON.parse(view.private_metadata || '{}') as Record<string, string>;
      return deps.conversation.handleFormSubmit(
        user,
        origin,
        view.callback_id,
        readFormValues(view.state),
        state,
      );
    })();
    const settled = await settleWithin(work, budgetMs);

    if (settled.kind === 'failed') {
      deps.logger.error({ err: settled.err, formId: view.callback_id }, 'slack form submit failed');
      const firstField = view.blocks?.find((b) => b.type === 'input')?.block_id;
      if (firstField) {
        await ack(renderFormErrors({ [firstField]: t(locale, 'error.generic') }));
        return;
      }
      await ack();
      await tellByDm(client, userId, presentNotice(t(locale, 'error.generic'), t(locale, 'error.title')));
      return;
    }
    if (settled.kind === 'slow') {
      await ack();
      await work.then(
        (outcome) => deliverLate(client, userId, outcome, locale),
        async (err: unknown) => {
          deps.logger.error({ err, formId: view.callback_id }, 'slack form submit failed');
          await tellByDm(client, userId, presentNotice(t(locale, 'error.generic'), t(locale, 'error.title')));
        },
      );
      return;
    }
    const { outcome } = settled;
    if ('errors' in outcome) {
      await ack(renderFormErrors(onShownFields(outcome.errors, view.blocks)));
      return;
    }
    if ('nextForm' in outcome) {
      await ack({ response_action: 'update', view: renderForm(outcome.nextForm) });
      return;
    }
    await ack();
    for (const reply of outcome.replies) await tellByDm(client, userId, reply);
  });
}

/**
 * Slack refuses the whole answer when an error names a block the modal does not have; such a
 * message goes to the first input instead.
 */
function onShownFields(
  errors: Record<string, string>,
  blocks: { type: string; block_id?: string }[] | undefined,
): Record<string, string> {
  const inputs = (blocks ?? [])
    .filter((b) => b.type === 'input' && b.block_id)
    .map((b) => b.block_id as string);
  const shown: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const target = inputs.includes(field) ? field : (inputs[0] ?? field);
    shown[target] = shown[target] ? `${shown[target]} ${message}` : message;
  }
  return shown;
}

async function settleWithin(work: Promise<FormOutcome>, ms: number): Promise<Settled> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'slow' }), ms);
  });
  try {
    return await Promise.race([
      work.then(
        (outcome): Settled => ({ kind: 'done', outcome }),
        (err: unknown): Settled => ({ kind: 'failed', err }),
      ),
      slow,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The modal is closed already: replies, or what kept the form from being taken, come by DM. */
async function deliverLate(client: WebClient, userId: string, outcome: FormOutcome, locale: Locale) {
  if ('replies' in outcome) {
    for (const reply of outcome.replies) await tellByDm(client, userId, reply);
    return;
  }
  const text = 'errors' in outcome ? Object.values(outcome.errors).join('\n') : t(locale, 'error.generic');
  await tellByDm(client, userId, presentNotice(text, t(locale, 'error.title')));
}

function tellByDm(client: WebClient, userId: string, message: Parameters<typeof renderMessage>[0]) {
  return client.chat.postMessage({ channel: userId, ...renderMessage(message) });
}
