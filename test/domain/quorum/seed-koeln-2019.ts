import type { AttendanceListDetails } from '../../../server/domain/attendance-list/build';
import type { ListedPerson } from '../../../server/domain/attendance-list/types';
import { NRW_QUORUM_RULES } from '../../../server/domain/committees/rule-settings';
import type {
  AttendanceAnswer,
  PresenceEvent,
  QuorumParticipant,
  QuorumSituation,
} from '../../../server/domain/quorum/types';
import { at } from './support';

/**
 * Seed 000: UA DiKO, Köln, 18.11.2019, 14:00 to 15:11, reconstructed from "Anwesend waren" and
 * "Entschuldigt fehlen". Seven voting members; Pohl (CDU) sits in for Dr. Elster from 14:15.
 */
type Person = ListedPerson & { fraktion?: string; role: QuorumParticipant['role'] };

const herr = (givenName: string, familyName: string, extra: Partial<Person> = {}): Person => ({
  formOfAddress: 'Herr',
  givenName,
  familyName,
  role: 'member',
  ...extra,
});
const frau = (givenName: string, familyName: string, extra: Partial<Person> = {}): Person => ({
  ...herr(givenName, familyName, extra),
  formOfAddress: 'Frau',
});
const admin = { role: 'administration' } as const;

export const KOELN_PEOPLE: Record<string, Person> = {
  krupp: herr('Gerrit', 'Krupp', { title: 'Dr.', fraktion: 'SPD' }),
  braun: herr('Florian', 'Braun', { fraktion: 'CDU' }),
  frank: herr('Jörg', 'Frank', { fraktion: 'GRÜNE' }),
  richter: herr('Manfred', 'Richter', { fraktion: 'GRÜNE' }),
  hegenbarth: herr('Thomas', 'Hegenbarth', { fraktion: 'SPD' }),
  joisten: herr('Christian', 'Joisten', { fraktion: 'SPD' }),
  elster: herr('Ralph', 'Elster', { title: 'Dr.', fraktion: 'CDU' }),
  pohl: herr('Stephan', 'Pohl', { fraktion: 'CDU', role: 'substitute' }),
  engel: herr('Andreas', 'Engel', { title: 'Dr.', ...admin }),
  fricke: herr('Frank', 'Fricke', admin),
  kennien: herr('Stephan', 'Kennien', admin),
  marusich: frau('Olga', 'Marusich', admin),
  mertenOster: frau('Britta', 'Merten-Oster', admin),
  moewes: frau('Sabine', 'Möwes', admin),
  murawski: herr('Stephan', 'Murawski', admin),
  rossbach: herr('Thomas', 'Rossbach', admin),
  schmidt: herr('Gero', 'Schmidt', admin),
  schoos: herr('Michael', 'Schoos', admin),
  vogel: herr('Alexander', 'Vogel', admin),
};

export const KOELN_START = at(14);
export const KOELN_END = at(15, 11);

export const koelnParticipants: QuorumParticipant[] = Object.entries(KOELN_PEOPLE).map(([personId, p]) => ({
  personId,
  name: [p.formOfAddress, p.title, p.familyName].filter(Boolean).join(' '),
  role: p.role,
  votingRight: p.role === 'member' || p.role === 'substitute',
  seatKind: p.role === 'administration' ? 'other' : 'council',
  ...(p.fraktion ? { fraktionId: p.fraktion } : {}),
}));

const LATE: Record<string, Date> = { pohl: at(14, 15), vogel: at(14, 40) };
const EXCUSED = ['joisten', 'elster'];

export const koelnEvents: PresenceEvent[] = koelnParticipants
  .filter((p) => !EXCUSED.includes(p.personId))
  .flatMap((p) => [
    { personId: p.personId, kind: 'arrive' as const, at: LATE[p.personId] ?? KOELN_START },
    { personId: p.personId, kind: 'leave' as const, at: KOELN_END },
  ]);

export const koelnAnswers: AttendanceAnswer[] = [
  ...['krupp', 'braun', 'frank', 'richter', 'hegenbarth'].map((personId) => ({
    personId,
    response: 'attending' as const,
  })),
  { personId: 'joisten', response: 'excused' },
  { personId: 'elster', response: 'substitute', substituteId: 'pohl', substituteConfirmed: true },
];

export const koelnSituation: QuorumSituation = {
  seats: 7,
  rules: NRW_QUORUM_RULES,
  participants: koelnParticipants,
  events: koelnEvents,
  substitutions: [{ substituteId: 'pohl', forMemberId: 'elster' }],
  befangenheit: [],
  secondConvocation: false,
};

export const koelnDetails: AttendanceListDetails = {
  person: (personId) => {
    const { role: _role, ...person } = KOELN_PEOPLE[personId]!;
    return person;
  },
  meetingEnd: KOELN_END,
  chairId: 'krupp',
};
