import { mayManageCommittee, mayReadConfidential } from '../../../server/domain/access/principal';
import { setBefangenheit } from '../../../server/domain/attendance/presence/befangenheit';
import { recordLackOfQuorum } from '../../../server/domain/attendance/presence/lack-of-quorum';
import type { LoadedQuorumSituation, PresenceDeps } from '../../../server/domain/attendance/presence/ports';
import { recordPresence } from '../../../server/domain/attendance/presence/record-presence';
import { timeOnMeetingDay } from '../../../server/domain/attendance/presence/session-window';
import { evaluateQuorum } from '../../../server/domain/quorum/evaluate';
import { berlinClock, summarize } from '../../../server/domain/quorum/explain';
import type { QuorumParticipant } from '../../../server/domain/quorum/types';
import type { Turn } from '../deps';
import type { ChatFeature } from '../feature';
import type { ActionOutcome } from '../inbound';
import type { ChatMessage } from '../message';
import { presentNotice } from '../presenters/notice';
import { meetingOfCommand } from './meeting-of-command';
import { findItem, findParticipant, splitItem, splitTime } from './parse';
import { CHECK_IN_ACTION, presentQuorumResult } from './presenters';
import { quorumRefusal } from './refusals';
import { QUORUM_CHAT_TEXTS } from './texts';

const ARRIVE = ['anwesend', 'present'];
const LEAVE = ['verlässt', 'verlaesst', 'leaves'];
const BIASED = ['befangen', 'biased'];
const UNBIASED = ['unbefangen', 'unbiased'];
const NO_QUORUM = ['beschlussunfähig', 'beschlussunfaehig', 'noquorum'];
const QUORUM = ['quorum', 'beschlussfähigkeit', 'beschlussfaehigkeit'];

/** Attendance during the session, Befangenheit and quorum in chat: office commands and the check-in button. */
export function createQuorumChatFeature(deps: PresenceDeps): ChatFeature {
  return {
    verbs: [...ARRIVE, ...LEAVE, ...BIASED, ...UNBIASED, ...NO_QUORUM, ...QUORUM],
    async command(turn, verb, rest) {
      if (ARRIVE.includes(verb)) return presence(deps, turn, rest, 'arrive');
      if (LEAVE.includes(verb)) return presence(deps, turn, rest, 'leave');
      if (BIASED.includes(verb)) return befangenheit(deps, turn, rest, true);
      if (UNBIASED.includes(verb)) return befangenheit(deps, turn, rest, false);
      if (NO_QUORUM.includes(verb)) return lackOfQuorum(deps, turn, rest);
      return quorum(deps, turn, rest);
    },
    actions: { [CHECK_IN_ACTION]: (turn, value) => checkIn(deps, turn, value) },
    helpLines: (locale) => QUORUM_CHAT_TEXTS[locale].help,
  };
}

type Resolved = { participant: QuorumParticipant } | { reply: ChatMessage };

/** The person named, or the user themselves when no name is given. */
function whom(turn: Turn, loaded: LoadedQuorumSituation, nameText: string, example: string): Resolved {
  const t = QUORUM_CHAT_TEXTS[turn.locale];
  const participants = loaded.situation.participants;
  if (nameText === '') {
    const own = participants.find((p) => p.personId === turn.principal?.personId);
    if (own) return { participant: own };
    return { reply: presentNotice(turn.principal?.personId ? t.nameMissing(example) : t.noPerson) };
  }
  const match = findParticipant(participants, nameText);
  if ('participant' in match) return match;
  if (match.problem === 'unknown') return { reply: presentNotice(t.unknownPerson(nameText), t.errorTitle) };
  return {
    reply: presentNotice(
      t.ambiguousPerson(nameText, match.candidates.map((c) => c.name).join(', ')),
      t.errorTitle,
    ),
  };
}

async function presence(
  deps: PresenceDeps,
  turn: Turn,
  rest: string,
  kind: 'arrive' | 'leave',
): Promise<ChatMessage[]> {
  const t = QUORUM_CHAT_TEXTS[turn.locale];
  const now = deps.clock();
  const found = await meetingOfCommand(deps.store, turn, rest, now, 'today');
  if ('reply' in found) return [found.reply];
  const { rest: nameText, time } = splitTime(found.rest);
  const example =
    kind === 'arrive'
      ? turn.locale === 'de'
        ? 'anwesend Pohl 14:15'
        : 'present Pohl 14:15'
      : turn.locale === 'de'
        ? 'verlässt Frank 15:40'
        : 'leaves Frank 15:40';
  if (kind === 'leave' && nameText === '') return [presentNotice(t.nameMissing(example))];
  let at: Date | undefined;
  if (time !== undefined) {
    at = timeOnMeetingDay(found.loaded.meeting, time);
    if (!at) return [presentNotice(t.badTime(time), t.errorTitle)];
  }
  const who = whom(turn, found.loaded, nameText, example);
  if ('reply' in who) return [who.reply];
  const principal = turn.principal!;
  const office = mayManageCommittee(principal, found.committee.id);
  const self = who.participant.personId === principal.personId;
  try {
    const recorded = await recordPresence(deps, principal, {
      meetingId: found.loaded.meeting.id,
      personId: who.participant.personId,
      kind,
      // Members check themselves in now; only the office records times.
      ...(office && at ? { at } : {}),
      source: office ? 'office' : 'self',
    });
    const line =
      kind === 'arrive'
        ? t.arrived(recorded.participant.name, berlinClock(recorded.at))
        : t.left(recorded.participant.name, berlinClock(recorded.at));
    return [presentNotice(`${line}\n${summarize(recorded.result, turn.locale)}`)];
  } catch (err) {
    return [quorumRefusal(err, turn.locale, { name: who.participant.name, self })];
  }
}

async function befangenheit(
  deps: PresenceDeps,
  turn: Turn,
  rest: string,
  biased: boolean,
): Promise<ChatMessage[]> {
  const t = QUORUM_CHAT_TEXTS[turn.locale];
  const found = await meetingOfCommand(deps.store, turn, rest, deps.clock(), 'todayOrNext');
  if ('reply' in found) return [found.reply];
  const example = turn.locale === 'de' ? 'befangen Braun TOP 5' : 'biased Braun item 5';
  const parsed = splitItem(found.rest);
  if (!parsed) return [presentNotice(t.itemMissing(example))];
  const item = findItem(found.loaded.meeting.agendaItems, parsed.number, parsed.part);
  if ('problem' in item) {
    const text = item.problem === 'unknown' ? t.unknownItem(parsed.number) : t.ambiguousItem(parsed.number);
    return [presentNotice(text, t.errorTitle)];
  }
  // Who is befangen on a non-public item is itself non-public: not echoed where others read along.
  if (!item.item.public && !(await confidentialPlace(turn, found.committee.id)))
    return [presentNotice(t.confidentialOnly)];
  const who = whom(turn, found.loaded, parsed.rest, example);
  if ('reply' in who) return [who.reply];
  const self = who.participant.personId === turn.principal!.personId;
  try {
    const result = await setBefangenheit(deps, turn.principal!, {
      meetingId: found.loaded.meeting.id,
      personId: who.participant.personId,
      agendaItemId: item.item.id,
      biased,
    });
    const name = result.participant.name;
    const number = result.item.number;
    const text = biased
      ? result.changed
        ? t.befangenDeclared(name, number)
        : t.befangenAlready(name, number)
      : result.changed
        ? t.befangenWithdrawn(name, number)
        : t.befangenNotDeclared(name, number);
    return [presentNotice(text)];
  } catch (err) {
    return [quorumRefusal(err, turn.locale, { name: who.participant.name, self })];
  }
}

async function lackOfQuorum(deps: PresenceDeps, turn: Turn, rest: string): Promise<ChatMessage[]> {
  const t = QUORUM_CHAT_TEXTS[turn.locale];
  const found = await meetingOfCommand(deps.store, turn, rest, deps.clock(), 'today');
  if ('reply' in found) return [found.reply];
  const { time } = splitTime(found.rest);
  let at: Date | undefined;
  if (time !== undefined) {
    at = timeOnMeetingDay(found.loaded.meeting, time);
    if (!at) return [presentNotice(t.badTime(time), t.errorTitle)];
  }
  try {
    const recorded = await recordLackOfQuorum(deps, turn.principal!, {
      meetingId: found.loaded.meeting.id,
      established: true,
      ...(at ? { at } : {}),
    });
    return [
      presentNotice(
        `${t.lackEstablished(berlinClock(recorded.at))}\n${summarize(recorded.result, turn.locale)}`,
      ),
    ];
  } catch (err) {
    return [quorumRefusal(err, turn.locale, {})];
  }
}

async function quorum(deps: PresenceDeps, turn: Turn, rest: string): Promise<ChatMessage[]> {
  const t = QUORUM_CHAT_TEXTS[turn.locale];
  const now = deps.clock();
  const found = await meetingOfCommand(deps.store, turn, rest, now, 'today');
  if ('reply' in found) return [found.reply];
  const principal = turn.principal!;
  if (!mayReadConfidential(principal, found.committee.id)) return [presentNotice(t.notEntitled)];
  const { meeting, situation } = found.loaded;
  let item: { id: string; number: string; public: boolean } | undefined;
  if (found.rest !== '') {
    const parsed = splitItem(found.rest);
    if (!parsed)
      return [presentNotice(t.itemMissing(turn.locale === 'de' ? 'quorum TOP 5' : 'quorum item 5'))];
    const match = findItem(meeting.agendaItems, parsed.number, parsed.part);
    if ('problem' in match) {
      const text =
        match.problem === 'unknown' ? t.unknownItem(parsed.number) : t.ambiguousItem(parsed.number);
      return [presentNotice(text, t.errorTitle)];
    }
    item = match.item;
  }
  if (item && !item.public) {
    if (!(await confidentialPlace(turn, found.committee.id))) return [presentNotice(t.confidentialOnly)];
    await turn.deps.auditRead({
      principal,
      entityType: 'Meeting',
      entityId: meeting.id,
      organization: meeting.committeeId,
      summary: `Beschlussfähigkeit zu TOP ${item.number} (nichtöffentlich) im Chat abgefragt`,
    });
  }
  const result = evaluateQuorum(situation, now, item?.id);
  return [
    presentQuorumResult(
      {
        meetingName: meeting.name,
        ...(item ? { itemNumber: item.number } : {}),
        result,
        at: now,
      },
      turn.locale,
    ),
  ];
}

/** A direct message, or a channel bound as confidential for this committee. */
async function confidentialPlace(turn: Turn, committeeId: string): Promise<boolean> {
  if (turn.origin.kind === 'direct') return true;
  const bound = await turn.deps.committees.boundTo(turn.origin.platform, turn.origin.channelId);
  return bound.some((b) => b.committeeId === committeeId && b.confidentiality === 'confidential');
}

async function checkIn(
  deps: PresenceDeps,
  turn: Turn,
  value: Record<string, string>,
): Promise<ActionOutcome> {
  const t = QUORUM_CHAT_TEXTS[turn.locale];
  const principal = turn.principal!;
  const meetingId = value.meetingId ?? '';
  if (!principal.personId) return { replies: [presentNotice(t.noPerson)] };
  try {
    const recorded = await recordPresence(deps, principal, {
      meetingId,
      personId: principal.personId,
      kind: 'arrive',
      source: 'self',
    });
    return { replies: [presentNotice(t.checkedIn(berlinClock(recorded.at)))] };
  } catch (err) {
    return { replies: [quorumRefusal(err, turn.locale, { name: principal.displayName, self: true })] };
  }
}
