import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOpenItems } from '../../../server/domain/open-items/open-items';
import type { Principal } from '../../../server/domain/access/principal';
import { CLOSED_INQUIRY_STATES, OPEN_INQUIRY_STATES } from '../../../server/domain/open-items/ports';
import { FollowUpModel } from '../../../server/store/models/follow-up';
import { INQUIRY_STATES, InquiryModel } from '../../../server/store/models/inquiry';
import { mongoOpenItemsSource } from '../../../server/store/repositories/open-items';
import { startTestDatabase } from '../../support/database';
import { makeBody, makeCommittee, makeFollowUp, makeInquiry, makePerson } from '../../support/factories';

let db: Awaited<ReturnType<typeof startTestDatabase>>;
const now = new Date('2026-03-10T09:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let committeeA: string;
let committeeB: string;

const principal = (fields: Partial<Principal>): Principal => ({
  kind: 'user',
  userId: 'u',
  displayName: 'u',
  roles: [],
  officeCommitteeIds: [],
  memberCommitteeIds: [],
  ...fields,
});

beforeAll(async () => {
  db = await startTestDatabase();
  await mongoose.connect(db.uri);
  const body = await makeBody();
  const a = await makeCommittee(body._id);
  const b = await makeCommittee(body._id);
  committeeA = a.id as string;
  committeeB = b.id as string;
  const author = await makePerson(body._id);
  const inquiry = (subject: string, fields: object) =>
    makeInquiry(body._id, a._id, author._id, { subject, ...fields });
  await inquiry('Überfällig alt', { dueDate: day('2026-01-01') });
  await inquiry('Zwischen', { dueDate: day('2026-03-20'), state: 'zugewiesen' });
  await inquiry('Ohne Frist', {});
  await inquiry('Beantwortet', { dueDate: day('2026-01-02'), state: 'beantwortet' });
  await makeInquiry(body._id, b._id, author._id, {
    subject: 'Geheim B',
    public: false,
    dueDate: day('2026-03-20'),
  });
  // Three follow-ups due the same day: their order is by title, across the page boundary.
  for (const title of ['Ärger', 'Zebra', 'Apfel'])
    await makeFollowUp(body._id, a._id, { title, dueDate: day('2026-03-15') });
  await makeFollowUp(body._id, a._id, { title: 'Erledigt', status: 'erledigt', dueDate: day('2026-01-01') });
});

afterAll(async () => {
  await mongoose.disconnect();
  await db.stop();
});

const scopeAll = { all: true, committeeIds: [] };

describe('open items from the database', () => {
  it('splits every Anfrage state into open or closed', () => {
    expect([...OPEN_INQUIRY_STATES, ...CLOSED_INQUIRY_STATES].sort()).toEqual([...INQUIRY_STATES].sort());
  });

  it('pages in order: overdue, by due date, ties by title, undated last', async () => {
    const head = principal({ roles: ['head'] });
    const titles = async (page: number, pageSize: number) =>
      (await listOpenItems(mongoOpenItemsSource, head, scopeAll, {}, now, { page, pageSize })).items.map(
        (item) => item.title,
      );
    const everything = ['Überfällig alt', 'Apfel', 'Ärger', 'Zebra', 'Geheim B', 'Zwischen', 'Ohne Frist'];
    expect(await titles(1, 50)).toEqual(everything);
    expect(await titles(1, 2)).toEqual(everything.slice(0, 2));
    expect(await titles(2, 2)).toEqual(everything.slice(2, 4));
    expect(await titles(3, 2)).toEqual(everything.slice(4, 6));
    expect(await titles(4, 2)).toEqual(everything.slice(6));
  });

  it('counts per committee and the filtered total from the database, visibility applied', async () => {
    const office = principal({ roles: ['office'], officeCommitteeIds: [committeeA] });
    const scope = { all: false, committeeIds: [committeeA, committeeB] };
    const report = await listOpenItems(mongoOpenItemsSource, office, scope, {}, now, {
      page: 1,
      pageSize: 50,
    });
    expect(report.items.map((item) => item.title)).not.toContain('Geheim B');
    expect(report.total).toBe(6);
    expect(report.counts).toEqual([{ organization: committeeA, inquiries: 3, followUps: 3, overdue: 1 }]);
    const overdue = await listOpenItems(mongoOpenItemsSource, office, scope, { overdueOnly: true }, now, {
      page: 1,
      pageSize: 50,
    });
    expect(overdue.items.map((item) => item.title)).toEqual(['Überfällig alt']);
    expect(overdue.total).toBe(1);
    const followUps = await listOpenItems(mongoOpenItemsSource, office, scope, { kind: 'followUp' }, now, {
      page: 1,
      pageSize: 2,
    });
    expect(followUps.items.map((item) => item.title)).toEqual(['Apfel', 'Ärger']);
    expect(followUps.total).toBe(3);
  });

  it('counts what is open now: a change by any path shows on the next request', async () => {
    const head = principal({ roles: ['head'] });
    const report = () =>
      listOpenItems(mongoOpenItemsSource, head, scopeAll, {}, now, { page: 1, pageSize: 50 });
    const before = await report();
    await FollowUpModel.updateOne({ title: 'Zebra' }, { $set: { status: 'erledigt' } });
    const after = await report();
    expect(after.total).toBe(before.total - 1);
    expect(after.items.map((item) => item.title)).not.toContain('Zebra');
    await FollowUpModel.updateOne({ title: 'Zebra' }, { $set: { status: 'offen' } });
    expect((await report()).total).toBe(before.total);
  });

  it('gives a department what is assigned to it, in any committee', async () => {
    await InquiryModel.updateOne({ subject: 'Zwischen' }, { $set: { department: 'Amt 61' } });
    const department = principal({ roles: ['department'], department: 'Amt 61' });
    const report = await listOpenItems(
      mongoOpenItemsSource,
      department,
      { all: false, committeeIds: [], department: 'Amt 61' },
      {},
      now,
      { page: 1, pageSize: 50 },
    );
    expect(report.items.map((item) => item.title)).toEqual(['Zwischen']);
    expect(report.counts).toEqual([{ organization: committeeA, inquiries: 1, followUps: 0, overdue: 0 }]);
  });
});
