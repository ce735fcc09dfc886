import { isValidObjectId } from 'mongoose';
import { effectiveRules } from '../../domain/committees/rule-settings';
import type {
  AttendanceAnswer,
  Befangenheit,
  PresenceEvent,
  QuorumParticipant,
  QuorumSituation,
  Substitution,
} from '../../domain/quorum/types';
import { AttendanceModel } from '../models/attendance';
import { BodyModel } from '../models/body';
import { MeetingModel } from '../models/meeting';
import { MembershipModel } from '../models/membership';
import { OrganizationModel } from '../models/organization';
import { PersonModel } from '../models/person';
import type { LoadedQuorumSituation, QuorumMeeting } from '../../domain/attendance/presence/ports';
import { printedName } from './printed-name';

export type { LoadedQuorumSituation, QuorumMeeting };

type Role = QuorumParticipant['role'];

/** A person's seat in the committee as the quorum engine sees it (a deputy chair is a member). */
function participantRole(role: string): Role {
  if (role === 'Stellvertretendes Mitglied' || /vertreter/i.test(role)) return 'substitute';
  if (role === 'Beratendes Mitglied' || role === 'Sachkundige Einwohner') return 'advisory';
  return 'member';
}

/** A regular seat wins over a substitute's or advisory one when a person holds several. */
const ROLE_RANK: Record<Role, number> = {
  member: 0,
  substitute: 1,
  advisory: 2,
  administration: 3,
  guest: 4,
};

const CHAIR_RANK: Record<string, number> = { Vorsitz: 0, 'Stellvertretender Vorsitz': 1 };

interface MembershipLike {
  person: unknown;
  role: string;
  votingRight: boolean;
  onBehalfOf?: unknown;
  seatKind?: string | null;
  mayRepresent?: unknown[] | null;
}

/**
 * Everything the quorum engine needs about one meeting, read from Meeting, the committee and its
 * body's rules, the memberships current on the meeting day, the persons and their Attendance.
 */
export async function loadQuorumSituation(
  meetingId: string,
  now: Date,
): Promise<LoadedQuorumSituation | null> {
  void now;
  if (!isValidObjectId(meetingId)) return null;
  const meeting = await MeetingModel.findById(meetingId).lean();
  if (!meeting) return null;
  const [committee, attendances] = await Promise.all([
    OrganizationModel.findById(meeting.organization).lean(),
    AttendanceModel.find({ meeting: meeting._id }).lean(),
  ]);
  const body = await BodyModel.findById(committee?.body ?? meeting.body).lean();
  const memberships = await MembershipModel.find({
    organization: meeting.organization,
    $and: [
      { $or: [{ startDate: null }, { startDate: { $lte: meeting.start } }] },
      { $or: [{ endDate: null }, { endDate: { $gte: meeting.start } }] },
    ],
  }).lean();

  const personIds = new Set<string>([
    ...memberships.map((m) => String(m.person)),
    ...attendances.map((a) => String(a.person)),
  ]);
  const persons = await PersonModel.find({ _id: { $in: [...personIds] } }).lean();
  const personById = new Map(persons.map((p) => [String(p._id), p]));

  const seatByPerson = new Map<string, MembershipLike>();
  for (const m of memberships as MembershipLike[]) {
    const key = String(m.person);
    const held = seatByPerson.get(key);
    if (!held || ROLE_RANK[participantRole(m.role)] < ROLE_RANK[participantRole(held.role)]) {
      seatByPerson.set(key, m);
    }
  }

  const participants: QuorumParticipant[] = [];
  for (const personId of personIds) {
    const person = personById.get(personId);
    if (!person) continue;
    const seat = seatByPerson.get(personId);
    const attendance = attendances.find((a) => String(a.person) === personId);
    participants.push(
      participantOf(
        personId,
        printedName(person),
        person.isAdministration === true,
        seat,
        attendance?.category,
      ),
    );
  }
  // As the minutes list them: the chair first, then by family name.
  const chairRank = (id: string) => CHAIR_RANK[seatByPerson.get(id)?.role ?? ''] ?? 2;
  const family = (id: string) => personById.get(id)?.familyName ?? '';
  participants.sort(
    (a, b) =>
      ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
      chairRank(a.personId) - chairRank(b.personId) ||
      family(a.personId).localeCompare(family(b.personId), 'de'),
  );

  const events: PresenceEvent[] = attendances
    .flatMap((a) =>
      (a.events ?? []).map((e) => ({ personId: String(a.person), kind: e.kind, at: new Date(e.at) })),
    )
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const substitutions: Substitution[] = attendances
    .filter((a) => a.substituteFor)
    .map((a) => ({ substituteId: String(a.person), forMemberId: String(a.substituteFor) }));
  const itemIds = new Set((meeting.agendaItems ?? []).map((i) => String(i._id)));
  const befangenheit: Befangenheit[] = attendances.flatMap((a) =>
    (a.biasedItems ?? [])
      .map((item) => ({ personId: String(a.person), agendaItemId: String(item) }))
      .filter((b) => itemIds.has(b.agendaItemId)),
  );

  const rules = effectiveRules(
    (body ?? undefined) as Parameters<typeof effectiveRules>[0],
    (committee ?? {}) as Parameters<typeof effectiveRules>[1],
  ).quorumRules;
  const lack = (meeting as { quorumLackEstablished?: { at?: Date | null } | null }).quorumLackEstablished;

  const situation: QuorumSituation = {
    seats:
      committee?.votingMemberCount ?? participants.filter((p) => p.role === 'member' && p.votingRight).length,
    rules,
    participants,
    events,
    substitutions,
    befangenheit,
    secondConvocation: meeting.secondConvocation === true,
    ...(lack?.at ? { lackEstablishedAt: new Date(lack.at) } : {}),
  };

  return {
    meeting: {
      id: String(meeting._id),
      committeeId: String(meeting.organization),
      bodyId: String(committee?.body ?? meeting.body),
      name: meeting.name,
      start: new Date(meeting.start),
      ...(meeting.end ? { end: new Date(meeting.end) } : {}),
      cancelled: meeting.cancelled === true,
      agendaItems: [...(meeting.agendaItems ?? [])]
        .sort((a, b) => a.order - b.order)
        .map((i) => ({ id: String(i._id), number: i.number, name: i.name, public: i.public })),
    },
    situation,
    answers: answersOf(attendances),
  };
}

function participantOf(
  personId: string,
  name: string,
  isAdministration: boolean,
  seat: MembershipLike | undefined,
  category: string | undefined,
): QuorumParticipant {
  if (!seat) {
    const role: Role = isAdministration || category === 'administration' ? 'administration' : 'guest';
    return { personId, name, role, votingRight: false, seatKind: 'other' };
  }
  const role = isAdministration ? 'administration' : participantRole(seat.role);
  const seatKind =
    seat.role === 'Sachkundiger Bürger'
      ? 'expertCitizen'
      : ((seat.seatKind ?? 'council') as QuorumParticipant['seatKind']);
  const mayRepresent = (seat.mayRepresent ?? []).map(String);
  return {
    personId,
    name,
    role,
    votingRight: role !== 'administration' && seat.votingRight,
    seatKind,
    ...(seat.onBehalfOf ? { fraktionId: String(seat.onBehalfOf) } : {}),
    ...(mayRepresent.length > 0 ? { mayRepresent } : {}),
  };
}

interface AttendanceLike {
  person: unknown;
  response?: string | null;
  substituteFor?: unknown;
  substituteConfirmed?: boolean | null;
}

/** The answers to the attendance request; a member's substitute is the person whose i.V.f. names them. */
function answersOf(attendances: readonly AttendanceLike[]): AttendanceAnswer[] {
  return attendances
    .filter((a) => a.response)
    .map((a) => {
      const personId = String(a.person);
      const answer: AttendanceAnswer = { personId, response: a.response as AttendanceAnswer['response'] };
      if (a.response === 'substitute') {
        const standIn = attendances.find((s) => s.substituteFor && String(s.substituteFor) === personId);
        if (standIn) {
          answer.substituteId = String(standIn.person);
          answer.substituteConfirmed = standIn.substituteConfirmed === true;
        }
      }
      return answer;
    });
}
