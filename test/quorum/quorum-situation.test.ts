import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuorumSituation } from '../../server/store/attendance/quorum-situation';
import { AttendanceModel } from '../../server/store/models/attendance';
import { MeetingModel } from '../../server/store/models/meeting';
import { OrganizationModel } from '../../server/store/models/organization';
import { BodyModel } from '../../server/store/models/body';
import { startTestDatabase } from '../support/database';
import { seedCommittee } from './support/committee';

let db: Awaited<ReturnType<typeof startTestDatabase>>;
let world: Awaited<ReturnType<typeof seedCommittee>>;
const start = new Date('2019-11-18T13:00:00Z');

beforeAll(async () => {
  db = await startTestDatabase();
  await mongoose.connect(db.uri);
  world = await seedCommittee({ start, end: new Date('2019-11-18T14:11:00Z') });
  const { meeting, people } = world;
  const item = meeting.agendaItems[1]!._id;
  await AttendanceModel.create([
    {
      meeting: meeting._id,
      person: people.krupp._id,
      category: 'member',
      response: 'attending',
      events: [{ kind: 'arrive', at: start }],
    },
    { meeting: meeting._id, person: people.elster._id, category: 'member', response: 'substitute' },
    { meeting: meeting._id, person: people.joisten._id, category: 'member', response: 'excused' },
    {
      meeting: meeting._id,
      person: people.pohl._id,
      category: 'substitute',
      substituteFor: people.elster._id,
      substituteConfirmed: true,
      events: [{ kind: 'arrive', at: new Date('2019-11-18T13:15:00Z'), source: 'self' }],
    },
    { meeting: meeting._id, person: people.braun._id, category: 'member', biasedItems: [item] },
  ]);
});

afterAll(async () => {
  await mongoose.disconnect();
  await db.stop();
});

describe('loadQuorumSituation', () => {
  it('returns null for an unknown or malformed id', async () => {
    expect(await loadQuorumSituation('nope', start)).toBeNull();
    expect(await loadQuorumSituation(new mongoose.Types.ObjectId().toString(), start)).toBeNull();
  });

  it('builds the meeting, participants, events, substitutions and Befangenheit', async () => {
    const loaded = await loadQuorumSituation(String(world.meeting._id), start);
    expect(loaded).not.toBeNull();
    const { meeting, situation, answers } = loaded!;
    expect(meeting).toMatchObject({
      id: String(world.meeting._id),
      committeeId: String(world.committee._id),
      bodyId: String(world.body._id),
      name: 'Sitzung UA DiKO',
      start,
      end: new Date('2019-11-18T14:11:00Z'),
    });
    expect(meeting.agendaItems.map((i) => [i.number, i.public])).toEqual([
      ['1', true],
      ['5', true],
      ['7.1', false],
    ]);
    expect(situation.seats).toBe(7);
    expect(situation.rules).toEqual({
      threshold: 'moreThanHalf',
      mayorCountsAsMember: false,
      councilMembersMustOutnumberExperts: false,
      deemedQuorateUntilEstablished: true,
    });
    const byName = Object.fromEntries(situation.participants.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(
      [
        'Herr Braun',
        'Herr Dr. Elster',
        'Herr Dr. Krupp',
        'Herr Frank',
        'Herr Hegenbarth',
        'Herr Joisten',
        'Herr Pohl',
        'Herr Richter',
        'Frau Marusich',
      ].sort(),
    );
    expect(byName['Herr Dr. Krupp']).toEqual({
      personId: String(world.people.krupp._id),
      name: 'Herr Dr. Krupp',
      role: 'member',
      votingRight: true,
      seatKind: 'council',
      fraktionId: String(world.fraktionen.spd._id),
    });
    expect(byName['Herr Pohl']).toEqual({
      personId: String(world.people.pohl._id),
      name: 'Herr Pohl',
      role: 'substitute',
      votingRight: true,
      seatKind: 'council',
      fraktionId: String(world.fraktionen.cdu._id),
      mayRepresent: [String(world.people.elster._id)],
    });
    expect(byName['Frau Marusich']).toMatchObject({ role: 'administration', votingRight: false });
    expect(situation.events).toEqual([
      { personId: String(world.people.krupp._id), kind: 'arrive', at: start },
      { personId: String(world.people.pohl._id), kind: 'arrive', at: new Date('2019-11-18T13:15:00Z') },
    ]);
    expect(situation.substitutions).toEqual([
      { substituteId: String(world.people.pohl._id), forMemberId: String(world.people.elster._id) },
    ]);
    expect(situation.befangenheit).toEqual([
      { personId: String(world.people.braun._id), agendaItemId: String(world.meeting.agendaItems[1]!._id) },
    ]);
    expect(situation.secondConvocation).toBe(false);
    expect(situation.lackEstablishedAt).toBeUndefined();
    expect(answers).toEqual(
      expect.arrayContaining([
        { personId: String(world.people.krupp._id), response: 'attending' },
        { personId: String(world.people.joisten._id), response: 'excused' },
        {
          personId: String(world.people.elster._id),
          response: 'substitute',
          substituteId: String(world.people.pohl._id),
          substituteConfirmed: true,
        },
      ]),
    );
    expect(answers).toHaveLength(3);
  });

  it('applies the committee over the body rules, second convocation and the established lack', async () => {
    await BodyModel.updateOne(
      { _id: world.body._id },
      { 'quorumRules.councilMembersMustOutnumberExperts': true },
    );
    await OrganizationModel.updateOne(
      { _id: world.committee._id },
      { 'quorumRules.deemedQuorateUntilEstablished': false, votingMemberCount: 8 },
    );
    const at = new Date('2019-11-18T14:00:00Z');
    await MeetingModel.updateOne(
      { _id: world.meeting._id },
      { secondConvocation: true, quorumLackEstablished: { at } },
    );
    const { situation } = (await loadQuorumSituation(String(world.meeting._id), start))!;
    expect(situation.seats).toBe(8);
    expect(situation.rules.councilMembersMustOutnumberExperts).toBe(true);
    expect(situation.rules.deemedQuorateUntilEstablished).toBe(false);
    expect(situation.secondConvocation).toBe(true);
    expect(situation.lackEstablishedAt).toEqual(at);
  });
});
