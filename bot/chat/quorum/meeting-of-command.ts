import type { LoadedQuorumSituation, PresenceStore } from '../../../server/domain/attendance/presence/ports';
import { resolveCommittee } from '../commands/resolve-committee';
import type { CommitteeRef, Turn } from '../deps';
import type { ChatMessage } from '../message';
import { presentNotice } from '../presenters/notice';
import { QUORUM_CHAT_TEXTS } from './texts';

export type MeetingOfCommand =
  { committee: CommitteeRef; loaded: LoadedQuorumSituation; rest: string } | { reply: ChatMessage };

/**
 * The meeting a command is about: of the committee named at the start of the text, else of the
 * committee bound to this channel (or the user's only one); today's, or with `orNext` the next one.
 */
export async function meetingOfCommand(
  store: PresenceStore,
  turn: Turn,
  rest: string,
  now: Date,
  when: 'today' | 'todayOrNext',
): Promise<MeetingOfCommand> {
  const t = QUORUM_CHAT_TEXTS[turn.locale];
  const named = await committeeAtStart(turn, rest);
  let committee: CommitteeRef;
  let remaining = rest;
  if (named) {
    committee = named.committee;
    remaining = rest.slice(named.label.length).trim();
  } else {
    const choice = await resolveCommittee(turn, undefined);
    if ('problem' in choice) return { reply: presentNotice(choice.problem) };
    committee = choice.committee;
  }
  const meetingId =
    when === 'today'
      ? await store.meetingOfDay(committee.id, now)
      : await store.currentOrNextMeeting(committee.id, now);
  if (!meetingId) {
    const text =
      when === 'today' ? t.noMeetingToday(committee.shortName) : t.noMeetingAhead(committee.shortName);
    return { reply: presentNotice(text) };
  }
  const loaded = await store.load(meetingId, now);
  if (!loaded) return { reply: presentNotice(t.meetingGone) };
  return { committee, loaded, rest: remaining };
}

async function committeeAtStart(
  turn: Turn,
  text: string,
): Promise<{ committee: CommitteeRef; label: string } | undefined> {
  const lower = text.toLowerCase();
  if (lower === '') return undefined;
  const committees = await turn.deps.committees.all();
  const matches = committees
    .flatMap((committee) => [committee.shortName, committee.name].map((label) => ({ committee, label })))
    .filter(({ label }) => {
      const l = label.toLowerCase();
      return lower === l || lower.startsWith(`${l} `);
    })
    .sort((a, b) => b.label.length - a.label.length);
  return matches[0];
}
