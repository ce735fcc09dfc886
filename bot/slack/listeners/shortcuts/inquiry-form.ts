import type { WebClient } from '@slack/web-api';
import { t } from '../../../chat/i18n/catalog';
import { INQUIRY_OPEN_ACTION } from '../../../chat/inquiries/deps';
import type { ChatMessage } from '../../../chat/message';
import { presentNotice } from '../../../chat/presenters/notice';
import { renderForm } from '../../blocks/render-form';
import { renderMessage } from '../../blocks/render-message';
import type { SlackListenerDeps } from '../../listener-deps';

export interface InquiryFormRequest {
  teamId: string;
  userId: string;
  triggerId: string;
  /** Prefill of the question's text (a message shortcut, `/anfrage <text>`). */
  text?: string;
  /** Answers visible to the user only where Slack offers it (slash command, message shortcut). */
  respond?: (message: ChatMessage) => Promise<unknown>;
}

/**
 * Opens the Anfrage modal, or explains why not (not linked, not a member, no meeting): ephemeral
 * where possible, else in the user's direct chat with the bot. Call right after the ack: the
 * trigger id is valid for three seconds only.
 */
export async function openInquiryForm(
  deps: SlackListenerDeps,
  client: WebClient,
  request: InquiryFormRequest,
): Promise<void> {
  const { teamId, userId, triggerId, text, respond } = request;
  const user = await deps.users.resolve(client, teamId, userId);
  const origin = { platform: 'slack' as const, tenantId: teamId, channelId: userId, kind: 'direct' as const };
  const outcome = await deps.conversation.handleAction(
    user,
    origin,
    INQUIRY_OPEN_ACTION,
    text?.trim() ? { text: text.trim() } : {},
  );
  if (outcome.openForm) {
    await client.views.open({ trigger_id: triggerId, view: renderForm(outcome.openForm) });
    return;
  }
  for (const reply of outcome.replies) {
    if (respond) await respond(reply);
    else await client.chat.postMessage({ channel: userId, ...renderMessage(reply) });
  }
}

/** The form could not be opened: the user hears so in their direct chat with the bot instead of nothing. */
export async function tellFailure(
  deps: SlackListenerDeps,
  client: WebClient,
  teamId: string,
  userId: string,
): Promise<void> {
  try {
    const { locale } = await deps.users.resolve(client, teamId, userId);
    const notice = presentNotice(t(locale, 'error.generic'), t(locale, 'error.title'));
    await client.chat.postMessage({ channel: userId, ...renderMessage(notice) });
  } catch (err) {
    deps.logger.error({ err }, 'slack failure notice not delivered');
  }
}

/**
 * Slack message text as plain text: links `<url|label>` become "label (url)", mentions and
 * channel references keep their readable part, and the three escaped characters are restored.
 */
export function plainSlackText(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<[@#!][^|>]*\|([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
