import { makeKoelnDiko } from '../../support/factories';
import { createWorkflowContext } from '../../../server/composition/workflow-context';
import { followUpDeps } from '../../../server/composition/follow-ups';
import type { FollowUpDeps } from '../../../server/domain/follow-ups/deps';
import { berlin } from '../../../server/domain/time/berlin';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { FollowUpModel } from '../../../server/store/models/follow-up';
import { MeetingModel } from '../../../server/store/models/meeting';
import { OrganizationModel } from '../../../server/store/models/organization';
import { PersonModel } from '../../../server/store/models/person';
import { UserModel } from '../../../server/store/models/user';

/** A controllable clock: tests set `clock.now`. */
export function controlledClock(start: Date) {
  const state = { now: start };
  return { state, clock: () => state.now };
}

const slack = (userId: string) => [{ platform: 'slack' as const, userId, tenantId: 'T1' }];

/**
 * UA DiKO of Stadt Köln with a meeting (a public and a non-public item), an owner in Amt 12, the
 * office, an office head, an outsider, each reachable on Slack, and a public and a confidential
 * channel bound to the committee.
 */
export async function seedFollowUpWorld() {
  const { body, committee } = await makeKoelnDiko();
  const other = await OrganizationModel.create({
    body: body._id,
    kind: 'committee',
    name: 'Ausschuss Digitalisierung',
    shortName: 'ADI',
  });
  const meeting = await MeetingModel.create({
    body: body._id,
    organization: committee._id,
    name: '5. Sitzung des Unterausschusses',
    start: berlin(2019, 11, 18, 14, 0),
    agendaItems: [
      { number: '2', order: 1, name: 'Digitalstrategie', public: true },
      { number: '1', order: 2, name: 'Vergabe Rechenzentrum', public: false },
    ],
  });
  const owner = await PersonModel.create({
    body: body._id,
    name: 'Herr Rossbach',
    familyName: 'Rossbach',
    email: ['rossbach@stadt-koeln.de'],
    isAdministration: true,
    department: 'Amt 12',
    chatIdentities: slack('UOWNER'),
  });
  const colleague = await PersonModel.create({
    body: body._id,
    name: 'Frau Lenz',
    familyName: 'Lenz',
    email: ['lenz@stadt-koeln.de'],
    isAdministration: true,
    department: 'Amt 12',
    chatIdentities: slack('UCOLLEAGUE'),
  });
  const office = await PersonModel.create({
    body: body._id,
    name: 'Frau Schmitz',
    familyName: 'Schmitz',
    email: ['schmitz@stadt-koeln.de'],
    isAdministration: true,
    chatIdentities: slack('UOFFICE'),
  });
  const head = await PersonModel.create({
    body: body._id,
    name: 'Herr Dr. Kahl',
    familyName: 'Kahl',
    email: ['kahl@stadt-koeln.de'],
    isAdministration: true,
    chatIdentities: slack('UHEAD'),
  });
  const outsider = await PersonModel.create({
    body: body._id,
    name: 'Frau Klein',
    familyName: 'Klein',
    email: ['klein@example.org'],
    chatIdentities: slack('UOUTSIDER'),
  });
  const officeUser = await UserModel.create({
    username: 'office-diko',
    displayName: 'Frau Schmitz',
    email: 'schmitz@stadt-koeln.de',
    roles: ['office'],
    officeCommitteeIds: [committee._id],
    person: office._id,
  });
  const headUser = await UserModel.create({
    username: 'head',
    displayName: 'Herr Dr. Kahl',
    email: 'kahl@stadt-koeln.de',
    roles: ['head'],
    person: head._id,
  });
  await ChannelBindingModel.create([
    {
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'CPUB',
      organization: committee._id,
      confidentiality: 'public',
    },
    {
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'CCONF',
      organization: committee._id,
      confidentiality: 'confidential',
    },
  ]);
  return { body, committee, other, meeting, owner, colleague, office, head, outsider, officeUser, headUser };
}

export type FollowUpWorld = Awaited<ReturnType<typeof seedFollowUpWorld>>;

/** A follow-up stored as the office would record it (createdAt at `createdAt`). */
export async function storedFollowUp(
  world: FollowUpWorld,
  fields: Record<string, unknown> & { dueDate: Date; createdAt: Date },
) {
  const { createdAt, ...rest } = fields;
  const doc = await FollowUpModel.create({
    body: world.body._id,
    organization: world.committee._id,
    meeting: world.meeting._id,
    agendaItem: world.meeting.agendaItems[0]!._id,
    kind: 'pruefauftrag',
    title: 'Glasfaser in Schulen prüfen',
    ownerPerson: world.owner._id,
    ...rest,
  });
  await FollowUpModel.collection.updateOne({ _id: doc._id }, { $set: { createdAt } });
  return doc;
}

/** The follow-ups workflow's deps as one app instance has them, on the given clock. */
export function instanceDeps(clock: () => Date, overrides: Partial<FollowUpDeps> = {}): FollowUpDeps {
  return {
    ...followUpDeps(createWorkflowContext({ clock })),
    ...overrides,
  };
}
