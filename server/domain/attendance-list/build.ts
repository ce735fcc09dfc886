import { buildTimelines } from '../quorum/presence';
import type { AttendanceAnswer, PresenceEvent, QuorumParticipant, Substitution } from '../quorum/types';
import { VOTING_MEMBERS_HEADING } from './format';
import type {
  AttendanceListEntry,
  AttendanceListFormat,
  AttendanceListGroup,
  AttendanceListInput,
  ListedPerson,
} from './types';

/** What the quorum data does not hold: names as printed, Fraktion short names, the group of a guest. */
export interface AttendanceListDetails {
  person: (personId: string) => ListedPerson & { fraktion?: string };
  /** Heading for a guest: "GPR", "Presse", "Zuschauer", "Gäste"; default "Gäste". */
  groupOf?: (personId: string) => string | undefined;
  /** Without it a departure is always printed ("bis 15:40 Uhr"); with it only one before the end. */
  meetingEnd?: Date;
  chairId?: string;
  format?: AttendanceListFormat;
}

export const ADVISORY_HEADING = 'Beratende Mitglieder';
export const GUESTS_HEADING = 'Gäste';
/** Seed 000 prints these headings also when nobody of them came. */
const ALWAYS_PRINTED: Record<AttendanceListFormat, string[]> = {
  fraktionTable: ['GPR', 'Presse', 'Zuschauer'],
  nameList: [],
};

/**
 * The list from the data the quorum engine uses: present = arrived at any time, "anw. ab" when the
 * first arrival is after the start; excused = answered excused or with a substitute and never came.
 */
export function attendanceListFrom(
  participants: readonly QuorumParticipant[],
  events: readonly PresenceEvent[],
  substitutions: readonly Substitution[],
  answers: readonly AttendanceAnswer[],
  meetingStart: Date,
  details: AttendanceListDetails,
): AttendanceListInput {
  const timelines = buildTimelines(events);
  const answerOf = new Map(answers.map((a) => [a.personId, a]));
  const start = meetingStart.getTime();
  const end = details.meetingEnd?.getTime();
  const came = (personId: string) => (timelines.get(personId)?.length ?? 0) > 0;

  const entryFor = (p: QuorumParticipant): AttendanceListEntry => {
    const { fraktion, ...person } = details.person(p.personId);
    const stays = timelines.get(p.personId) ?? [];
    const first = stays[0]?.from;
    const last = stays[stays.length - 1]?.until;
    const entry: AttendanceListEntry = { person: { personId: p.personId, ...person } };
    if (fraktion) entry.fraktion = fraktion;
    if (first !== undefined && first > start) entry.arrivedAt = new Date(first);
    if (last !== undefined && last !== Infinity && (end === undefined || last < end))
      entry.leftAt = new Date(last);
    if (details.chairId === p.personId) entry.isChair = true;
    return entry;
  };

  const input: AttendanceListInput = {
    votingMembers: [],
    substitutes: [],
    administration: [],
    furtherGroups: ALWAYS_PRINTED[details.format ?? 'fraktionTable'].map((heading) => ({
      heading,
      entries: [],
    })),
    excused: [],
  };
  const groupNamed = (groups: AttendanceListGroup[], heading: string, before?: boolean) => {
    let group = groups.find((g) => g.heading === heading);
    if (!group) {
      group = { heading, entries: [] };
      if (before) groups.unshift(group);
      else groups.push(group);
    }
    return group;
  };
  const excusedMembers: AttendanceListEntry[] = [];

  for (const p of participants) {
    if (!came(p.personId)) {
      const response = answerOf.get(p.personId)?.response;
      const excused = response === 'excused' || response === 'substitute';
      if (excused && p.role === 'member' && p.votingRight) excusedMembers.push(entryFor(p));
      continue;
    }
    const entry = entryFor(p);
    if (p.role === 'member' && p.votingRight) input.votingMembers.push(entry);
    else if (p.role === 'substitute' && p.votingRight) {
      const named = substitutions.filter((s) => s.substituteId === p.personId).map((s) => s.forMemberId);
      const forId = named.find((id) => !came(id)) ?? named[0];
      if (forId !== undefined) {
        const { fraktion: _fraktion, ...member } = details.person(forId);
        entry.inPlaceOf = { personId: forId, ...member };
      }
      input.substitutes.push(entry);
    } else if (p.role === 'administration') input.administration.push(entry);
    else if (p.role === 'guest') {
      groupNamed(input.furtherGroups, details.groupOf?.(p.personId) ?? GUESTS_HEADING).entries.push(entry);
    } else groupNamed(input.furtherGroups, ADVISORY_HEADING, true).entries.push(entry);
  }
  if (excusedMembers.length > 0)
    input.excused.push({ heading: VOTING_MEMBERS_HEADING, entries: excusedMembers });
  return input;
}
