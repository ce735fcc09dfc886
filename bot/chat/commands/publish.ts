import { mayManageCommittee } from '../../../server/domain/access/principal';
import { publishMeeting } from '../../../server/domain/announcements/publish-meeting';
import type { Turn } from '../deps';
import { t } from '../i18n/catalog';
import type { ChatMessage } from '../message';
import { presentNotice } from '../presenters/notice';
import { resolveCommittee } from './resolve-committee';

/** veröffentlichen <Ausschuss>: posts the next meeting's agenda to every bound channel. */
export async function publishCommand(turn: Turn, committeeName: string | undefined): Promise<ChatMessage[]> {
  const { deps, locale } = turn;
  const choice = await resolveCommittee(turn, committeeName);
  if ('problem' in choice) return [presentNotice(choice.problem)];
  if (!turn.principal || !mayManageCommittee(turn.principal, choice.committee.id)) {
    return [presentNotice(t(locale, 'forbidden.office'))];
  }
  const [next] = await deps.committees.upcomingMeetings([choice.committee.id], deps.clock(), 1);
  if (!next) return [presentNotice(t(locale, 'meeting.none', { committee: choice.committee.shortName }))];
  const result = await publishMeeting(deps.announcements, turn.principal, next.id);
  deps.onQueued?.();
  if (result.channels === 0) return [presentNotice(t(locale, 'publish.noChannels'))];
  return [presentNotice(t(locale, 'publish.done', { count: result.channels, name: result.meeting.name }))];
}
