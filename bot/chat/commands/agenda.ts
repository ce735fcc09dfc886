import { mayReadConfidential } from '../../../server/domain/access/principal';
import type { Turn } from '../deps';
import { t } from '../i18n/catalog';
import type { ChatMessage } from '../message';
import { presentAgenda } from '../presenters/agenda';
import type { Audience } from '../presenters/meeting-view';
import { presentNotice } from '../presenters/notice';
import { resolveCommittee } from './resolve-committee';

/** tagesordnung [Ausschuss]: the next meeting's agenda, as much as this reader in this place may see. */
export async function agendaCommand(turn: Turn, committeeName: string | undefined): Promise<ChatMessage[]> {
  const { deps, locale } = turn;
  const choice = await resolveCommittee(turn, committeeName);
  if ('problem' in choice) return [presentNotice(choice.problem)];
  const now = deps.clock();
  const [next] = await deps.committees.upcomingMeetings([choice.committee.id], now, 1);
  const meeting = next ? await deps.announcements.store.findMeeting(next.id) : null;
  if (!meeting) return [presentNotice(t(locale, 'meeting.none', { committee: choice.committee.shortName }))];
  const audience = await audienceOf(turn, meeting.committeeId);
  if (audience === 'confidential' && turn.principal && meeting.agendaItems.some((item) => !item.public)) {
    await deps.auditRead({
      principal: turn.principal,
      entityType: 'Meeting',
      entityId: meeting.id,
      organization: meeting.committeeId,
      summary: `Nichtöffentliche Tagesordnung im Chat gelesen (${turn.origin.platform})`,
    });
  }
  return [presentAgenda(meeting, audience, locale)];
}

/**
 * Full agenda only for a reader with rights, and in a channel only if that channel is also bound
 * confidential to the committee (others in the channel read along).
 */
async function audienceOf(turn: Turn, committeeId: string): Promise<Audience> {
  if (!turn.principal || !mayReadConfidential(turn.principal, committeeId)) return 'public';
  if (turn.origin.kind === 'direct') return 'confidential';
  const bound = await turn.deps.committees.boundTo(turn.origin.platform, turn.origin.channelId);
  return bound.some((b) => b.committeeId === committeeId && b.confidentiality === 'confidential')
    ? 'confidential'
    : 'public';
}
