import type { Express } from 'express';
import { afterAll, beforeAll } from 'vitest';
import {
  makeBody,
  makeCommittee,
  makeFollowUp,
  makeFraktion,
  makeInquiry,
  makeLocation,
  makeMeeting,
  makeMembership,
  makePaper,
  makePerson,
  makeUser,
} from '../../../support/factories';
import { connectTestDatabase } from '../../support/test-app';
import { anonymousClient, clientFor, type Client } from './api-kit';

const day = (iso: string) => new Date(iso);

/**
 * Two committees of Stadt Köln (A: UA DiKO, B: Digitalisierungsausschuss), each with a confidential
 * item, paper and open items, and one login per role.
 */
export async function buildWorld() {
  const body = await makeBody({ name: 'Stadt Köln', shortName: 'koeln' });
  const committeeA = await makeCommittee(body._id, {
    name: 'Unterausschuss Digitale Kommunikation und Organisation',
    shortName: 'UA DiKO',
  });
  const committeeB = await makeCommittee(body._id, { name: 'Ausschuss Digitalisierung', shortName: 'ADI' });
  const fraktion = await makeFraktion(body._id, { name: 'SPD-Fraktion', shortName: 'SPD' });
  const location = await makeLocation(body._id, { description: 'Rathaus, Spanischer Bau', room: 'Ratssaal' });

  const personA = await makePerson(body._id, { familyName: 'Aachen' });
  const personB = await makePerson(body._id, { familyName: 'Bonn' });
  await makeMembership(personA._id, committeeA._id, { onBehalfOf: fraktion._id });
  await makeMembership(personB._id, committeeB._id);

  const publicPaper = await makePaper(body._id, [committeeA._id], {
    reference: '3679/2019',
    name: 'Sitzungstermine 2020',
  });
  const secretPaperA = await makePaper(body._id, [committeeA._id], {
    reference: '3827/2019',
    name: 'Vergabe Rechenzentrum',
    public: false,
  });
  const secretPaperB = await makePaper(body._id, [committeeB._id], {
    reference: '0815/2021',
    name: 'Personalangelegenheit',
    public: false,
  });

  const meetingA = await makeMeeting(body._id, committeeA._id, {
    name: 'Sitzung UA DiKO',
    start: day('2021-02-18T14:00:00+01:00'),
    location: location._id,
    items: [
      { number: '1', name: 'Mitteilungen der Verwaltung', public: true },
      { number: '1.1', name: 'Sitzungstermine 2020', public: true, level: 2, paper: publicPaper._id },
      { number: '2', name: 'Anträge', public: true, paper: secretPaperA._id },
      { number: '1', name: 'Vergabe Rechenzentrum', public: false, paper: secretPaperA._id },
    ],
  });
  const meetingB = await makeMeeting(body._id, committeeB._id, {
    name: 'Sitzung ADI',
    start: day('2021-02-25T16:30:00+01:00'),
    items: [
      { number: '1', name: 'Digitalstrategie', public: true },
      { number: '1', name: 'Personalangelegenheit', public: false, paper: secretPaperB._id },
    ],
  });

  const inquiryPublicA = await makeInquiry(body._id, committeeA._id, personA._id, {
    subject: 'WLAN in Schulen',
    department: 'Amt 12',
    dueDate: day('2021-02-01T00:00:00+01:00'),
    state: 'zugewiesen',
  });
  const inquirySecretA = await makeInquiry(body._id, committeeA._id, personA._id, {
    subject: 'Vertrag Rechenzentrum',
    public: false,
    dueDate: day('2021-03-01T00:00:00+01:00'),
  });
  const inquiryAnswered = await makeInquiry(body._id, committeeA._id, personA._id, {
    subject: 'Beantwortet',
    state: 'beantwortet',
  });
  const followUpA = await makeFollowUp(body._id, committeeA._id, {
    title: 'Prüfauftrag Glasfaser',
    dueDate: day('2021-02-20T00:00:00+01:00'),
    ownerDepartment: 'Amt 12',
  });
  const followUpSecretB = await makeFollowUp(body._id, committeeB._id, {
    title: 'Zusage Personalakte',
    kind: 'zusage',
    public: false,
    dueDate: day('2021-01-15T00:00:00+01:00'),
    ownerDepartment: 'Amt 12',
  });
  const followUpDone = await makeFollowUp(body._id, committeeB._id, {
    title: 'Erledigt',
    status: 'erledigt',
  });

  const users = {
    officeA: await makeUser('office-a', ['office'], { officeCommitteeIds: [committeeA._id] }),
    officeB: await makeUser('office-b', ['office'], { officeCommitteeIds: [committeeB._id] }),
    head: await makeUser('head', ['head']),
    admin: await makeUser('admin', ['admin']),
    memberA: await makeUser('member-a', ['member'], { person: personA._id }),
    memberB: await makeUser('member-b', ['member'], { person: personB._id }),
    department: await makeUser('department', ['department'], { department: 'Amt 12' }),
  };

  return {
    body,
    committeeA,
    committeeB,
    fraktion,
    location,
    personA,
    personB,
    publicPaper,
    secretPaperA,
    secretPaperB,
    meetingA,
    meetingB,
    inquiryPublicA,
    inquirySecretA,
    inquiryAnswered,
    followUpA,
    followUpSecretB,
    followUpDone,
    users,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

export type RoleName =
  'public' | 'officeA' | 'officeB' | 'head' | 'admin' | 'memberA' | 'memberB' | 'department';

const USERNAMES: Record<Exclude<RoleName, 'public'>, string> = {
  officeA: 'office-a',
  officeB: 'office-b',
  head: 'head',
  admin: 'admin',
  memberA: 'member-a',
  memberB: 'member-b',
  department: 'department',
};

/** One logged-in client per role (and an anonymous one as `public`). */
export async function clientsFor(app: Express): Promise<Record<RoleName, Client>> {
  const entries = await Promise.all(
    (Object.keys(USERNAMES) as Exclude<RoleName, 'public'>[]).map(
      async (role) => [role, await clientFor(app, USERNAMES[role])] as const,
    ),
  );
  return { public: await anonymousClient(app), ...Object.fromEntries(entries) } as Record<RoleName, Client>;
}

export interface ApiWorld {
  world: World;
  as: Record<RoleName, Client>;
}

/**
 * Registers hooks that give this test file a fresh database with the world above and a logged-in
 * client per role. The returned object is filled in before the file's own `beforeAll` hooks run.
 */
export function withApiWorld(app: Express): ApiWorld {
  const ctx = {} as ApiWorld;
  let database: Awaited<ReturnType<typeof connectTestDatabase>> | undefined;
  beforeAll(async () => {
    database = await connectTestDatabase();
    ctx.world = await buildWorld();
    ctx.as = await clientsFor(app);
  });
  afterAll(() => database?.stop());
  return ctx;
}
