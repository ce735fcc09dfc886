import type {
  AttendanceListEntry,
  AttendanceListGroup,
  AttendanceListInput,
  ListedPerson,
} from '../../domain/attendance-list/types';
import { buildTimelines } from '../../domain/quorum/presence';
import type { QuorumParticipant } from '../../domain/quorum/types';
import { MembershipModel } from '../models/membership';
import { OrganizationModel } from '../models/organization';
import { PersonModel } from '../models/person';
import { loadQuorumSituation } from './quorum-situation';

/** Groups printed after Verwaltung; Köln (seed 000) prints GPR, Presse and Zuschauer even when empty. */
const ALWAYS_PRINTED = ['GPR', 'Presse', 'Zuschauer'];

/**
 * The minutes' attendance list of a meeting from the recorded presence: who was there (with late
 * arrival and early departure), who sat in for whom, and who was excused.
 */
export async function attendanceListFor(meetingId: string, now: Date): Promise<AttendanceListInput | null> {
  const loaded = await loadQuorumSituation(meetingId, now);
  if (!loaded) return null;
  const { meeting, situation, answers } = loaded;
  const ids = situation.participants.map((p) => p.personId);
  const [persons, chairs] = await Promise.all([
    PersonModel.find({ _id: { $in: ids } }).lean(),
    MembershipModel.distinct('person', {
      organization: meeting.committeeId,
      role: 'Vorsitz',
      $and: [
        { $or: [{ startDate: null }, { startDate: { $lte: meeting.start } }] },
        { $or: [{ endDate: null }, { endDate: { $gte: meeting.start } }] },
      ],
    }),
  ]);
  const fraktionIds = [
    ...new Set(situation.participants.flatMap((p) => (p.fraktionId ? [p.fraktionId] : []))),
  ];
  const fraktionen = await OrganizationModel.find({ _id: { $in: fraktionIds } }).lean();
  const fraktionName = new Map(fraktionen.map((f) => [String(f._id), f.shortName]));
  const chairIds = new Set(chairs.map(String));

  const listed = new Map<string, ListedPerson>(
    persons.map((p) => [
      String(p._id),
      {
        personId: String(p._id),
        familyName: p.familyName,
        ...(p.formOfAddress ? { formOfAddress: p.formOfAddress } : {}),
        ...(p.title && p.title.length > 0 ? { title: p.title } : {}),
        ...(p.givenName ? { givenName: p.givenName } : {}),
      },
    ]),
  );

  const timelines = buildTimelines(situation.events);
  const stays = [...timelines.values()].flat();
  const lastLeave = Math.max(...stays.map((s) => (s.until === Infinity ? -Infinity : s.until)));
  const end = meeting.end?.getTime() ?? lastLeave;
  const start = meeting.start.getTime();

  const entry = (p: QuorumParticipant): AttendanceListEntry | undefined => {
    const person = listed.get(p.personId);
    const timeline = timelines.get(p.personId);
    if (!person || !timeline || timeline.length === 0) return undefined;
    const arrived = timeline[0]!.from;
    const left = timeline[timeline.length - 1]!.until;
    const fraktion = p.fraktionId ? fraktionName.get(p.fraktionId) : undefined;
    return {
      person,
      ...(fraktion ? { fraktion } : {}),
      ...(arrived > start ? { arrivedAt: new Date(arrived) } : {}),
      ...(left !== Infinity && left < end ? { leftAt: new Date(left) } : {}),
      ...(chairIds.has(p.personId) ? { isChair: true } : {}),
    };
  };
  const present = (filter: (p: QuorumParticipant) => boolean) =>
    situation.participants.filter(filter).flatMap((p) => {
      const e = entry(p);
      return e ? [e] : [];
    });

  const substitutes = present((p) => p.role === 'substitute' && p.votingRight).map((e) => {
    const forMember = situation.substitutions.find((s) => s.substituteId === e.person.personId)?.forMemberId;
    const inPlaceOf = forMember ? listed.get(forMember) : undefined;
    return inPlaceOf ? { ...e, inPlaceOf } : e;
  });

  const excusedIds = new Set(
    answers.filter((a) => a.response === 'excused' || a.response === 'substitute').map((a) => a.personId),
  );
  const excusedMembers = situation.participants
    .filter(
      (p) =>
        p.role === 'member' &&
        p.votingRight &&
        excusedIds.has(p.personId) &&
        !timelines.get(p.personId)?.length,
    )
    .flatMap((p) => {
      const person = listed.get(p.personId);
      const fraktion = p.fraktionId ? fraktionName.get(p.fraktionId) : undefined;
      return person ? [{ person, ...(fraktion ? { fraktion } : {}) }] : [];
    });

  const advisory = present(
    (p) => p.role === 'advisory' || (p.role !== 'administration' && p.role !== 'guest' && !p.votingRight),
  );
  const guests = present((p) => p.role === 'guest');
  const furtherGroups: AttendanceListGroup[] = [
    ...(advisory.length > 0 ? [{ heading: 'Beratende Mitglieder', entries: advisory }] : []),
    ...ALWAYS_PRINTED.map((heading) => ({ heading, entries: [] })),
    ...(guests.length > 0 ? [{ heading: 'Gäste', entries: guests }] : []),
  ];

  return {
    votingMembers: present((p) => p.role === 'member' && p.votingRight),
    substitutes,
    administration: present((p) => p.role === 'administration'),
    furtherGroups,
    excused: [{ heading: 'Stimmberechtigte Mitglieder', entries: excusedMembers }],
  };
}
