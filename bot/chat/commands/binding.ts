import { mayManageCommittee } from '../../../server/domain/access/principal';
import { bindChannel, unbindChannel } from '../../../server/domain/announcements/bind-channel';
import type { Turn } from '../deps';
import { t } from '../i18n/catalog';
import type { ChatMessage } from '../message';
import { presentNotice } from '../presenters/notice';
import { resolveCommittee } from './resolve-committee';

/** binden öffentlich|vertraulich <Ausschuss>: office of that committee only. */
export async function bindCommand(
  turn: Turn,
  confidentiality: 'public' | 'confidential' | undefined,
  committeeName: string | undefined,
): Promise<ChatMessage[]> {
  const { deps, locale, origin } = turn;
  if (origin.kind === 'direct') return [presentNotice(t(locale, 'bind.directRefused'))];
  if (!confidentiality || !committeeName) return [presentNotice(t(locale, 'bind.usage'))];
  const choice = await resolveCommittee(turn, committeeName);
  if ('problem' in choice) return [presentNotice(choice.problem)];
  if (!turn.principal || !mayManageCommittee(turn.principal, choice.committee.id)) {
    return [presentNotice(t(locale, 'forbidden.office'))];
  }
  await bindChannel(
    deps.bindings,
    turn.principal,
    {
      platform: origin.platform,
      tenantId: origin.tenantId,
      channelId: origin.channelId,
      channelName: origin.channelName,
    },
    choice.committee.id,
    confidentiality,
  );
  const key = confidentiality === 'public' ? 'bind.done.public' : 'bind.done.confidential';
  return [presentNotice(t(locale, key, { committee: choice.committee.shortName }))];
}

/** lösen [Ausschuss]: removes this channel's binding (the only one, or the named one). */
export async function unbindCommand(turn: Turn, committeeName: string | undefined): Promise<ChatMessage[]> {
  const { deps, locale, origin } = turn;
  const bound =
    origin.kind === 'direct' ? [] : await deps.committees.boundTo(origin.platform, origin.channelId);
  if (bound.length === 0) return [presentNotice(t(locale, 'unbind.none'))];
  const choice = await resolveCommittee(turn, committeeName);
  if ('problem' in choice) return [presentNotice(choice.problem)];
  if (!bound.some((b) => b.committeeId === choice.committee.id))
    return [presentNotice(t(locale, 'unbind.none'))];
  if (!turn.principal || !mayManageCommittee(turn.principal, choice.committee.id)) {
    return [presentNotice(t(locale, 'forbidden.office'))];
  }
  await unbindChannel(
    deps.bindings,
    turn.principal,
    { platform: origin.platform, channelId: origin.channelId },
    choice.committee.id,
  );
  return [presentNotice(t(locale, 'unbind.done', { committee: choice.committee.shortName }))];
}
