import type { Turn } from '../deps';
import { t } from '../i18n/catalog';
import type { ChatMessage } from '../message';
import { presentNotice } from '../presenters/notice';

/** verknüpfen <Code>: links this chat account with the Person whose dashboard showed the code. */
export async function linkCommand(turn: Turn, code: string | undefined): Promise<ChatMessage[]> {
  const { deps, locale } = turn;
  if (!code) return [presentNotice(t(locale, 'link.usage'))];
  const linked = await deps.identity.redeemCode(code, turn.user, deps.clock());
  return [
    presentNotice(linked ? t(locale, 'link.done', { name: linked.personName }) : t(locale, 'link.invalid')),
  ];
}
