import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeStampModel } from '../../server/store/change-stamps/change-stamp-model';
import { StampedSnapshot } from '../../server/store/change-stamps/stamped-snapshot';
import { bumpStamp, inTransaction, readStamp, readStamps } from '../../server/store/change-stamps/stamps';
import { FollowUpModel, MeetingModel, OrganizationModel } from '../../server/store/models/index';
import { startTestDatabase } from '../support/database';
import { makeBody, makeCommittee, makeFollowUp, makeMeeting } from '../support/factories';

let db: Awaited<ReturnType<typeof startTestDatabase>>;
let body: Awaited<ReturnType<typeof makeBody>>;

beforeAll(async () => {
  db = await startTestDatabase();
  await mongoose.connect(db.uri);
  for (const name of mongoose.modelNames()) await mongoose.model(name).init();
  body = await makeBody();
});

afterAll(async () => {
  await mongoose.disconnect();
  await db.stop();
});

/** Whether `write` gives the stamp a new token. */
async function bumps(stamp: Parameters<typeof readStamp>[0], write: () => Promise<unknown>) {
  const before = await readStamp(stamp);
  await write().catch(() => undefined);
  return (await readStamp(stamp)) !== before;
}

describe('change stamps', () => {
  it('get a new token from every kind of write through the model', async () => {
    const committee = await makeCommittee(body._id);
    const id = committee._id;
    expect(await bumps('organizations', () => makeCommittee(body._id))).toBe(true);
    expect(
      await bumps('organizations', () => OrganizationModel.updateOne({ _id: id }, { color: '#000000' })),
    ).toBe(true);
    expect(
      await bumps('organizations', () =>
        OrganizationModel.findOneAndUpdate({ _id: id }, { $set: { website: 'https://example.org' } }),
      ),
    ).toBe(true);
    expect(
      await bumps('organizations', () =>
        OrganizationModel.insertMany([{ body: body._id, kind: 'committee', name: 'N', shortName: 'N1' }]),
      ),
    ).toBe(true);
    expect(await bumps('organizations', () => OrganizationModel.deleteMany({ shortName: 'N1' }))).toBe(true);
    expect(await bumps('open-items', () => makeFollowUp(body._id, id))).toBe(true);
    // A failed insert may have written part of its batch: it bumps too.
    expect(
      await bumps('organizations', () =>
        OrganizationModel.insertMany([
          { body: body._id, kind: 'committee', name: 'P', shortName: 'P1' },
          { body: body._id, kind: 'committee', name: 'P', shortName: 'P1' },
        ]),
      ),
    ).toBe(true);
  });

  it('leave the calendar stamp alone for writes to the agenda or presence only', async () => {
    const committee = await makeCommittee(body._id);
    const meeting = await makeMeeting(body._id, committee._id, {
      items: [{ name: 'Eröffnung', public: true, number: '1' }],
    });
    const itemId = meeting.agendaItems[0]!._id;
    expect(
      await bumps('meeting-summaries', () =>
        MeetingModel.updateOne(
          { _id: meeting._id, 'agendaItems._id': itemId },
          { $set: { 'agendaItems.$.start': new Date() } },
        ),
      ),
    ).toBe(false);
    expect(
      await bumps('meeting-summaries', () =>
        MeetingModel.updateOne({ _id: meeting._id }, { $set: { quorumLackEstablished: { at: new Date() } } }),
      ),
    ).toBe(false);
    expect(
      await bumps('meeting-summaries', () =>
        MeetingModel.updateOne({ _id: meeting._id }, { $inc: { __v: 1 } }),
      ),
    ).toBe(true);
    expect(
      await bumps('meeting-summaries', () =>
        MeetingModel.updateOne({ _id: meeting._id }, { $set: { name: 'Sondersitzung' } }),
      ),
    ).toBe(true);
  });

  it('commit with the write inside a transaction, and not at all when it aborts', async () => {
    const committee = await makeCommittee(body._id);
    expect(
      await bumps('organizations', () =>
        inTransaction(() => OrganizationModel.updateOne({ _id: committee._id }, { color: '#111111' })),
      ),
    ).toBe(true);
    const before = await readStamp('organizations');
    await expect(
      inTransaction(async () => {
        await OrganizationModel.updateOne({ _id: committee._id }, { color: '#222222' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await readStamp('organizations')).toBe(before);
    expect((await OrganizationModel.findById(committee._id).lean())?.color).toBe('#111111');
  });

  it('start with a fresh token when the stamp is missing (a new or dropped database)', async () => {
    const before = await readStamp('open-items');
    await ChangeStampModel.deleteMany({});
    const after = await readStamp('open-items');
    expect(after).not.toBe(before);
    expect(await readStamp('open-items')).toBe(after);
  });

  it('answer reads asked at the same time with one query', async () => {
    const [a, b] = await Promise.all([readStamps(['organizations']), readStamps(['open-items'])]);
    expect(a).toBe(b);
    expect([...a.keys()].sort()).toEqual(['open-items', 'organizations']);
  });
});

describe('a stamped snapshot', () => {
  it('is built once per token and rebuilt after a write by any instance', async () => {
    let builds = 0;
    const snapshot = new StampedSnapshot('open-items', async () => {
      builds += 1;
      return FollowUpModel.countDocuments({ status: 'offen' });
    });
    const first = await snapshot.get();
    expect(await snapshot.get()).toBe(first);
    expect(builds).toBe(1);

    await makeFollowUp(body._id, (await makeCommittee(body._id))._id);
    expect(await snapshot.get()).toBe(first + 1);
    expect(builds).toBe(2);

    // Another instance writing past mongoose bumps the stamp itself.
    await FollowUpModel.collection.updateMany({}, { $set: { status: 'erledigt' } });
    await bumpStamp('open-items', undefined);
    expect(await snapshot.get()).toBe(0);
    expect(builds).toBe(3);
  });

  it('shares one build between requests that ask at the same time', async () => {
    let builds = 0;
    const snapshot = new StampedSnapshot('organizations', async () => {
      builds += 1;
      return OrganizationModel.countDocuments({});
    });
    await bumpStamp('organizations', undefined);
    const values = await Promise.all([snapshot.get(), snapshot.get(), snapshot.get()]);
    expect(new Set(values).size).toBe(1);
    expect(builds).toBe(1);
  });

  it('is bypassed inside a transaction, which may have changed what it holds', async () => {
    const snapshot = new StampedSnapshot('organizations', () => OrganizationModel.countDocuments({}));
    const outside = await snapshot.get();
    const inside = await inTransaction(async () => {
      await OrganizationModel.create({ body: body._id, kind: 'committee', name: 'T', shortName: 'T1' });
      return snapshot.get();
    });
    expect(inside).toBe(outside + 1);
  });
});
