import type { Types } from 'mongoose';
import type {
  AttendanceListEntry,
  AttendanceListInput,
  ListedPerson,
} from '../../domain/attendance-list/types';
import { AttendanceModel } from '../models/attendance';
import { MembershipModel } from '../models/membership';
import { OrganizationModel } from '../models/organization';
import { PersonModel } from '../models/person';

const LATE_MS = 60_000;

type PersonLean = {
  _id: Types.ObjectId;
  formOfAddress?: string | null;
  title?: string[] | null;
  givenName?: string | null;
  familyName: string;
  department?: string | null;
};

export function listedPerson(person: PersonLean): ListedPerson {
  return {
    personId: person._id.toString(),
    ...(person.formOfAddress ? { formOfAddress: person.formOfAddress } : {}),
    ...(person.title?.length ? { title: person.title } : {}),
    ...(person.givenName ? { givenName: person.givenName } : {}),
    familyName: person.familyName,
  };
}

export interface AttendanceFacts {
  input: AttendanceListInput;
  /** The chair of the session and the Schriftführung, as far as the records tell. */
  chair?: { person: ListedPerson; role: string };
  secretary?: ListedPerson;
}

/**
 * The minutes' attendance lists from the recorded Attendance: present is whoever arrived (or, with
 * no presence recorded yet, answered "attending"); late arrivals and early departures are noted.
 */
export async function attendanceFacts(meeting: {
  _id: Types.ObjectId;
  organization: Types.ObjectId;
  start: Date;
  end?: Date | null;
}): Promise<AttendanceFacts> {
  const records = await AttendanceModel.find({ meeting: meeting._id }).lean();
  const personIds = records.flatMap((r) => [r.person, ...(r.substituteFor ? [r.substituteFor] : [])]);
  const [persons, memberships] = await Promise.all([
    PersonModel.find({ _id: { $in: personIds } }).lean<PersonLean[]>(),
    MembershipModel.find({ organization: meeting.organization, person: { $in: personIds } }).lean(),
  ]);
  const fraktionIds = memberships.flatMap((m) => (m.onBehalfOf ? [m.onBehalfOf] : []));
  const fraktionen = await OrganizationModel.find({ _id: { $in: fraktionIds } }, { shortName: 1 }).lean();
  const fraktionName = new Map(fraktionen.map((f) => [f._id.toString(), f.shortName]));
  const personById = new Map(persons.map((p) => [p._id.toString(), p]));
  const seatOf = (personId: string) =>
    memberships.find(
      (m) =>
        m.person.toString() === personId &&
        (!m.startDate || m.startDate <= meeting.start) &&
        (!m.endDate || m.endDate >= meeting.start),
    ) ?? memberships.find((m) => m.person.toString() === personId);

  const input: AttendanceListInput = {
    votingMembers: [],
    substitutes: [],
    administration: [],
    furtherGroups: [],
    excused: [],
  };
  const guests: AttendanceListEntry[] = [];
  const excusedVoting: AttendanceListEntry[] = [];
  const excusedOther: AttendanceListEntry[] = [];
  const present: { entry: AttendanceListEntry; role?: string; department?: string }[] = [];

  for (const record of records) {
    const person = personById.get(record.person.toString());
    if (!person) continue;
    const seat = seatOf(person._id.toString());
    const arrivals = record.events.filter((e) => e.kind === 'arrive').map((e) => e.at);
    const last = record.events.at(-1);
    const isPresent =
      arrivals.length > 0 ||
      (record.events.length === 0 && (record.response === 'attending' || record.response === 'substitute'));
    const firstArrival = arrivals.length
      ? new Date(Math.min(...arrivals.map((at) => at.getTime())))
      : undefined;
    const inPlaceOf = record.substituteFor ? personById.get(record.substituteFor.toString()) : undefined;
    const entry: AttendanceListEntry = {
      person: listedPerson(person),
      ...(seat?.onBehalfOf ? { fraktion: fraktionName.get(seat.onBehalfOf.toString()) } : {}),
      ...(inPlaceOf ? { inPlaceOf: listedPerson(inPlaceOf) } : {}),
      ...(firstArrival && firstArrival.getTime() - meeting.start.getTime() >= LATE_MS
        ? { arrivedAt: firstArrival }
        : {}),
      ...(last?.kind === 'leave' && meeting.end && meeting.end.getTime() - last.at.getTime() >= LATE_MS
        ? { leftAt: last.at }
        : {}),
      ...(seat?.role === 'Vorsitz' ? { isChair: true } : {}),
    };
    const voting = seat?.votingRight ?? record.category === 'member';
    if (!isPresent) {
      if (record.response === 'excused' && record.category !== 'guest') {
        (voting ? excusedVoting : excusedOther).push(entry);
      }
      continue;
    }
    present.push({ entry, role: seat?.role, department: person.department ?? undefined });
    if (record.category === 'administration') input.administration.push(entry);
    else if (record.category === 'guest') guests.push(entry);
    else if (record.category === 'substitute') input.substitutes.push(entry);
    else if (voting) input.votingMembers.push(entry);
    else guests.push(entry);
  }
  if (guests.length) input.furtherGroups.push({ heading: 'Gäste', entries: guests });
  if (excusedVoting.length)
    input.excused.push({ heading: 'Stimmberechtigte Mitglieder', entries: excusedVoting });
  if (excusedOther.length) input.excused.push({ heading: 'Weitere Mitglieder', entries: excusedOther });

  const chair =
    present.find((p) => p.role === 'Vorsitz') ?? present.find((p) => p.role === 'Stellvertretender Vorsitz');
  const secretary = present.find(
    (p) =>
      p.entry &&
      input.administration.includes(p.entry) &&
      /Geschäftsführung|Schriftführ/i.test(p.department ?? ''),
  );
  return {
    input,
    ...(chair ? { chair: { person: chair.entry.person, role: chair.role! } } : {}),
    ...(secretary ? { secretary: secretary.entry.person } : {}),
  };
}
