import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingQuery } from '../../../server/domain/meetings/ports';
import { MeetingModel } from '../../../server/store/models/meeting';
import { mongoMeetingStore } from '../../../server/store/repositories/meetings';
import { startTestDatabase } from '../../support/database';
import { makeBody, makeCommittee, makeMeeting } from '../../support/factories';

let db: Awaited<ReturnType<typeof startTestDatabase>>;
let committeeA: string;
let committeeB: string;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  db = await startTestDatabase();
  await mongoose.connect(db.uri);
  for (const name of mongoose.modelNames()) await mongoose.model(name).init();
  const body = await makeBody();
  const a = await makeCommittee(body._id);
  const b = await makeCommittee(body._id);
  committeeA = a.id as string;
  committeeB = b.id as string;
  const meeting = (organization: typeof a, name: string, start: string, fields: object = {}) =>
    makeMeeting(body._id, organization._id, { name, start: at(start), ...fields });
  await meeting(a, 'A Januar', '2026-01-15T16:00:00Z');
  await meeting(b, 'B Februar früh', '2026-02-01T00:00:00Z');
  await meeting(a, 'A Februar', '2026-02-10T16:00:00Z', { state: 'eingeladen' });
  await meeting(b, 'B Februar', '2026-02-10T16:00:00Z', { state: 'abgesagt', cancelled: true });
  await meeting(a, 'A März', '2026-03-01T00:00:00Z');
  // Stored without a state (older data): the list shows it as terminiert, a state filter skips it.
  const stateless = await meeting(b, 'B ohne Status', '2026-02-20T16:00:00Z');
  await MeetingModel.collection.updateOne({ _id: stateless._id }, { $unset: { state: '' } });
  await MeetingModel.updateOne({ _id: stateless._id }, { $inc: { __v: 1 } });
});

afterAll(async () => {
  await mongoose.disconnect();
  await db.stop();
});

const query = (fields: Partial<MeetingQuery>): MeetingQuery => ({ page: 1, pageSize: 25, ...fields });
const names = async (fields: Partial<MeetingQuery>) =>
  (await mongoMeetingStore.list(query(fields))).items.map((m) => m.name);

/** The same query answered by the database, as the list did before it kept a snapshot. */
async function fromDatabase(fields: Partial<MeetingQuery>): Promise<{ names: string[]; total: number }> {
  const q = query(fields);
  const filter: Record<string, unknown> = {};
  if (q.organizations?.length) filter.organization = { $in: q.organizations };
  if (q.states?.length) filter.state = { $in: q.states };
  if (q.from || q.to) filter.start = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lt: q.to } : {}) };
  const [docs, total] = await Promise.all([
    MeetingModel.find(filter, { name: 1 })
      .sort({ start: 1, _id: 1 })
      .skip((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .lean(),
    MeetingModel.countDocuments(filter),
  ]);
  return { names: docs.map((d) => d.name), total };
}

describe('the meeting calendar', () => {
  const cases: Partial<MeetingQuery>[] = [
    {},
    { from: at('2026-02-01T00:00:00Z'), to: at('2026-03-01T00:00:00Z') },
    { from: at('2026-02-10T16:00:00Z') },
    { to: at('2026-02-10T16:00:00Z') },
    { organizations: ['000000000000000000000000'] },
    { states: ['terminiert'] },
    { states: ['eingeladen', 'abgesagt'], from: at('2026-02-01T00:00:00Z') },
    { page: 2, pageSize: 2 },
    { page: 9, pageSize: 2 },
  ];

  it('answers like the database: range bounds, committees, states, order and paging', async () => {
    const all = [
      ...cases,
      { organizations: [committeeA] },
      { organizations: [committeeA, committeeB], pageSize: 3 },
    ];
    for (const fields of all) {
      const page = await mongoMeetingStore.list(query(fields));
      const expected = await fromDatabase(fields);
      expect({ names: page.items.map((m) => m.name), total: page.total }, JSON.stringify(fields)).toEqual(
        expected,
      );
    }
  });

  it('shows a stored meeting without a state as terminiert', async () => {
    const page = await mongoMeetingStore.list(
      query({ from: at('2026-02-20T00:00:00Z'), to: at('2026-02-21T00:00:00Z') }),
    );
    expect(page.items.map((m) => [m.name, m.state])).toEqual([['B ohne Status', 'terminiert']]);
  });

  it('shows every change at once, however it was written', async () => {
    const [meeting] = (await mongoMeetingStore.list(query({ organizations: [committeeA] }))).items;
    const saved = await mongoMeetingStore.saveIfVersion(meeting!.id, meeting!.version, {
      name: 'A Januar (verlegt)',
      start: at('2026-04-01T16:00:00Z'),
    });
    expect(saved?.version).toBe(meeting!.version + 1);
    expect(await names({ organizations: [committeeA] })).toEqual([
      'A Februar',
      'A März',
      'A Januar (verlegt)',
    ]);

    await MeetingModel.updateOne({ name: 'A März' }, { $set: { cancelled: true, state: 'abgesagt' } });
    const march = (await mongoMeetingStore.list(query({ states: ['abgesagt'] }))).items.map((m) => m.name);
    expect(march).toContain('A März');

    expect(await mongoMeetingStore.deleteIfVersion(meeting!.id, saved!.version)).toBe(true);
    expect(await names({ organizations: [committeeA] })).toEqual(['A Februar', 'A März']);
  });

  it('hands out entries that cannot be changed by a caller', async () => {
    const [first] = (await mongoMeetingStore.list(query({}))).items;
    expect(() => {
      (first as { name: string }).name = 'geändert';
    }).toThrow(TypeError);
  });
});
