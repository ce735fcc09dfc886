import type { Turn } from '../deps';
import type { ChatMessage } from '../message';
import { presentMeetingsList } from '../presenters/meetings-list';
import { ownCommittees } from './resolve-committee';

/** sitzungen: the next meetings of the user's committees and of the committees bound here. */
export async function meetingsCommand(turn: Turn): Promise<ChatMessage[]> {
  const { deps } = turn;
  const bound =
    turn.origin.kind === 'direct'
      ? []
      : await deps.committees.boundTo(turn.origin.platform, turn.origin.channelId);
  const committeeIds = [...new Set([...ownCommittees(turn), ...bound.map((b) => b.committeeId)])];
  const meetings =
    committeeIds.length > 0 ? await deps.committees.upcomingMeetings(committeeIds, deps.clock(), 10) : [];
  return [presentMeetingsList(meetings, turn.locale)];
}
