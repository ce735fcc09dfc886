import { mayManageCommittee } from '../../../server/domain/access/principal';
import { postOfficeUpdate } from '../../../server/domain/announcements/post-office-update';
import type { CommitteeRef, Turn } from '../deps';
import { t } from '../i18n/catalog';
import type { ChatMessage } from '../message';
import { presentNotice } from '../presenters/notice';
import { splitAnnouncement } from './split-announcement';

/** mitteilung <Ausschuss> <Text>: a public Mitteilung der Verwaltung to every bound channel. */
export async function announceCommand(turn: Turn, rest: string | undefined): Promise<ChatMessage[]> {
  const { deps, locale } = turn;
  if (!rest) return [presentNotice(t(locale, 'announce.usage'))];
  const committees = await deps.committees.all();
  const byName = (name: string): CommitteeRef | undefined => {
    const needle = name.toLowerCase();
    return committees.find((c) => c.shortName.toLowerCase() === needle || c.name.toLowerCase() === needle);
  };
  const split = splitAnnouncement(rest, (name) => byName(name) !== undefined);
  if (!split) return [presentNotice(t(locale, 'announce.usage'))];
  const committee = byName(split.committee);
  if (!committee) return [presentNotice(t(locale, 'committee.unknown', { name: split.committee }))];
  return sendOfficeUpdate(turn, committee, split.text, false);
}

export async function sendOfficeUpdate(
  turn: Turn,
  committee: CommitteeRef,
  text: string,
  confidential: boolean,
): Promise<ChatMessage[]> {
  const { deps, locale } = turn;
  if (!turn.principal || !mayManageCommittee(turn.principal, committee.id))
    return [presentNotice(t(locale, 'forbidden.office'))];
  const result = await postOfficeUpdate(deps.announcements, turn.principal, {
    committeeId: committee.id,
    committeeShortName: committee.shortName,
    text,
    confidential,
  });
  deps.onQueued?.();
  return [presentNotice(t(locale, 'announce.done', { count: result.channels }))];
}
