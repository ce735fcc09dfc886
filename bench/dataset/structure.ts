import { Types } from 'mongoose';
import { Prng } from './prng';
import { COMMITTEE_TOPICS, DEPARTMENTS, FAMILY_NAMES, FRAKTIONEN, GIVEN_NAMES } from './vocabulary';

type Doc = Record<string, unknown> & { _id: Types.ObjectId };

export interface GeneratedCommittee {
  id: Types.ObjectId;
  name: string;
  restartInNonPublic: boolean;
  /** Person ids with a seat, for authors of Anfragen. */
  members: Types.ObjectId[];
  department: string;
}

export interface Structure {
  body: Doc;
  organizations: Doc[];
  persons: Doc[];
  memberships: Doc[];
  committees: GeneratedCommittee[];
}

const COUNCIL_POOL = 900;
const ADMINISTRATION_STAFF = 120;

/** One body with its Fraktionen, `committeeCount` committees, their seats and the administration. */
export function generateStructure(prng: Prng, committeeCount: number, since: Date, now: Date): Structure {
  const stamp = { createdAt: now, updatedAt: now, __v: 0 };
  const body: Doc = {
    _id: new Types.ObjectId(),
    name: 'Stadt Benchhausen',
    shortName: 'Benchhausen',
    state: 'NW',
    timeZone: 'Europe/Berlin',
    ...stamp,
  };
  const fraktionen: Doc[] = FRAKTIONEN.map((f) => ({
    _id: new Types.ObjectId(),
    body: body._id,
    kind: 'fraktion',
    name: f.name,
    shortName: f.shortName,
    classification: 'Fraktion',
    agendaRestartNumberingInNonPublic: true,
    ...stamp,
  }));
  const persons: Doc[] = [];
  const newPerson = (isAdministration: boolean, department?: string): Doc => {
    const givenName = prng.pick(GIVEN_NAMES);
    const familyName = prng.pick(FAMILY_NAMES);
    const person: Doc = {
      _id: new Types.ObjectId(),
      body: body._id,
      name: `${givenName} ${familyName}`,
      givenName,
      familyName,
      formOfAddress: prng.chance(0.5) ? 'Frau' : 'Herr',
      isAdministration,
      department,
      chatIdentities: [],
      ...stamp,
    };
    persons.push(person);
    return person;
  };
  const council = Array.from({ length: COUNCIL_POOL }, () => newPerson(false));
  for (let i = 0; i < ADMINISTRATION_STAFF; i++) newPerson(true, prng.pick(DEPARTMENTS));

  const memberships: Doc[] = [];
  const fraktionOf = new Map<Types.ObjectId, Doc>();
  for (const person of council) {
    const fraktion = prng.pick(fraktionen);
    fraktionOf.set(person._id, fraktion);
    memberships.push(seat(person._id, fraktion._id, 'Mitglied', undefined, since, stamp));
  }

  const committees: GeneratedCommittee[] = [];
  const committeeDocs: Doc[] = [];
  for (let i = 0; i < committeeCount; i++) {
    const topic = COMMITTEE_TOPICS[i % COMMITTEE_TOPICS.length]!;
    const round = Math.floor(i / COMMITTEE_TOPICS.length);
    const name = round === 0 ? `Ausschuss für ${topic}` : `${round}. Unterausschuss ${topic}`;
    const restartInNonPublic = prng.chance(0.5);
    const votingMemberCount = prng.int(7, 17);
    const doc: Doc = {
      _id: new Types.ObjectId(),
      body: body._id,
      kind: 'committee',
      name,
      shortName: `A${String(i + 1).padStart(2, '0')}`,
      classification: round === 0 ? 'Ausschuss' : 'Unterausschuss',
      votingMemberCount,
      agendaRestartNumberingInNonPublic: restartInNonPublic,
      color: `#${prng.int(0x202020, 0xdfdfdf).toString(16).padStart(6, '0')}`,
      ...stamp,
    };
    committeeDocs.push(doc);
    const seated = prng.sample(council, votingMemberCount + 3);
    seated.forEach((person, index) => {
      const role =
        index === 0
          ? 'Vorsitz'
          : index >= votingMemberCount
            ? 'Stellvertretendes Mitglied'
            : prng.chance(0.15)
              ? 'Sachkundiger Bürger'
              : 'Mitglied';
      memberships.push(seat(person._id, doc._id, role, fraktionOf.get(person._id)?._id, since, stamp));
    });
    committees.push({
      id: doc._id,
      name,
      restartInNonPublic,
      members: seated.slice(0, votingMemberCount).map((p) => p._id),
      department: DEPARTMENTS[i % DEPARTMENTS.length]!,
    });
  }
  return { body, organizations: [...fraktionen, ...committeeDocs], persons, memberships, committees };
}

function seat(
  person: Types.ObjectId,
  organization: Types.ObjectId,
  role: string,
  onBehalfOf: Types.ObjectId | undefined,
  startDate: Date,
  stamp: Record<string, unknown>,
): Doc {
  return {
    _id: new Types.ObjectId(),
    person,
    organization,
    role,
    votingRight: true,
    onBehalfOf,
    seatKind: role === 'Sachkundiger Bürger' ? 'expertCitizen' : 'council',
    startDate,
    ...stamp,
  };
}
