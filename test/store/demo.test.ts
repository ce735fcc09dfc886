import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/domain/access/password';
import {
  BodyModel,
  ConsultationModel,
  FollowUpModel,
  InquiryModel,
  MeetingModel,
  MembershipModel,
  OrganizationModel,
  PaperModel,
  PersonModel,
} from '../../server/store/models';
import { UserModel } from '../../server/store/models/user';
import { mongoInquiryStore } from '../../server/store/inquiries/mongo-inquiry-store';
import { loadDemoData, type DemoDataResult } from '../../server/store/demo';
import { berlin } from '../../server/domain/time/berlin';
import { startTestDatabase } from '../support/database';

const NOW = new Date('2026-03-10T09:00:00Z');

let db: Awaited<ReturnType<typeof startTestDatabase>>;
let first: DemoDataResult;

beforeAll(async () => {
  db = await startTestDatabase();
  await mongoose.connect(db.uri);
  first = await loadDemoData(NOW);
}, 120_000);

afterAll(async () => {
  await mongoose.disconnect();
  await db.stop();
});

async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of mongoose.modelNames()) counts[name] = await mongoose.model(name).countDocuments();
  return counts;
}

async function committee(shortName: string) {
  return OrganizationModel.findOne({ shortName, kind: 'committee' }).orFail();
}

async function agendaOf(shortName: string, start: Date) {
  const org = await committee(shortName);
  const meeting = await MeetingModel.findOne({ organization: org._id, start }).orFail();
  return meeting.agendaItems.map((i) => ({
    number: i.number,
    public: i.public,
    name: i.name,
    paper: i.paper,
  }));
}

describe('demo data', () => {
  it('loads once and then creates nothing new', async () => {
    expect(first.created).toBe(true);
    const before = await countAll();
    const second = await loadDemoData(new Date(NOW.getTime() + 86_400_000));
    expect(second).toEqual({ created: false, accounts: [] });
    expect(await countAll()).toEqual(before);
    expect(before.Meeting).toBeGreaterThan(10);
  });

  it('numbers the UA DiKO agenda of 18.11.2019 exactly as the Niederschrift', async () => {
    const items = await agendaOf('UA DiKO', berlin(2019, 11, 18, 14, 0));
    expect(items.filter((i) => i.public).map((i) => i.number)).toEqual([
      '1',
      '2',
      '2.1',
      '2.2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '7.1',
    ]);
    expect(items.filter((i) => !i.public).map((i) => i.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '7.1',
      '7.2',
      '7.3',
    ]);
    const references = await Promise.all(
      items
        .filter((i) => i.paper)
        .map(async (i) => [i.public ? 'I' : 'II', i.number, (await PaperModel.findById(i.paper))?.reference]),
    );
    expect(references).toEqual([
      ['I', '2.1', '3679/2019'],
      ['I', '2.2', '3827/2019'],
      ['I', '7.1', '3475/2019'],
      ['II', '7.1', '3470/2019'],
      ['II', '7.2', '3439/2019'],
      ['II', '7.3', '3466/2019'],
    ]);
  });

  it('numbers the Mettmann agenda of 18.02.2021 on through the non-public part', async () => {
    const items = await agendaOf('ADig', berlin(2021, 2, 18, 16, 30));
    expect(items.filter((i) => i.public).map((i) => i.number)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '11.1',
    ]);
    expect(items.filter((i) => !i.public).map((i) => i.number)).toEqual(['12', '13']);
    expect(items.find((i) => i.number === '11.1')?.name).toMatch(/^Software-Umstellung Gesundheitsamt/);
  });

  it('records results and resolution texts from the seeds', async () => {
    const org = await committee('ADig');
    const meeting = await MeetingModel.findOne({
      organization: org._id,
      start: berlin(2021, 2, 18, 16, 30),
    }).orFail();
    const byNumber = new Map(meeting.agendaItems.map((i) => [i.number, i]));
    expect(byNumber.get('2')?.result).toBe('einstimmig angenommen');
    expect(byNumber.get('2')?.resolutionText).toContain('Herrn Rüdiger Gramenz zum Schriftführer');
    expect(byNumber.get('8')?.result).toBe('zur Kenntnis genommen');
    expect(byNumber.get('11.1')?.supplement).toBe(true);
    const koeln = await agendaOf('UA DiKO', berlin(2019, 11, 18, 14, 0));
    expect(koeln.find((i) => i.public && i.number === '7.1')?.name).toContain('govdigital eG');
  });

  it('places the 2021 Köln papers on the Digitalisierungsausschuss agendas', async () => {
    const august = await agendaOf('DiA', berlin(2021, 8, 30, 15, 30));
    expect(august.find((i) => i.number === '2.1' && i.public)?.name).toBe(
      'Digitalstrategie - Datenstrategie',
    );
    const november = await agendaOf('DiA', berlin(2021, 11, 22, 15, 30));
    expect(november.find((i) => i.number === '6.1' && i.public)?.name).toContain('Chief Digital Officer');
  });

  it('keeps the papers of non-public items non-public', async () => {
    const meetings = await MeetingModel.find({}).lean();
    let checked = 0;
    for (const meeting of meetings) {
      for (const item of meeting.agendaItems.filter((i) => !i.public && i.paper)) {
        const paper = await PaperModel.findById(item.paper).orFail();
        expect(paper.public, `${paper.reference} (${item.name})`).toBe(false);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('consults the Mitteilung 3827/2019 in three committees on 18, 21 and 25 November 2019', async () => {
    const paper = await PaperModel.findOne({ reference: '3827/2019' }).orFail();
    const consultations = await ConsultationModel.find({ paper: paper._id }).populate<{
      meeting: { start: Date };
      organization: { name: string };
    }>(['meeting', 'organization']);
    const stops = consultations
      .map((c) => [c.organization.name, c.meeting.start.toISOString()])
      .sort((a, b) => a[1]!.localeCompare(b[1]!));
    expect(stops.map((s) => s[0])).toEqual([
      'Unterausschuss Digitale Kommunikation und Organisation',
      'Ausschuss Soziales und Senioren',
      'Integrationsrat',
    ]);
    expect(stops.map((s) => s[1]!.slice(0, 10))).toEqual(['2019-11-18', '2019-11-21', '2019-11-25']);
    expect(paper.organizations).toHaveLength(3);
  });

  it('schedules future meetings after now for each demo committee, including a postponed and a cancelled one', async () => {
    for (const shortName of ['UA DiKO', 'DiA', 'ADig']) {
      const org = await committee(shortName);
      const future = await MeetingModel.find({ organization: org._id, start: { $gt: NOW } }).sort({
        start: 1,
      });
      expect(future.length, shortName).toBeGreaterThanOrEqual(3);
      expect(future[0]?.state).toBe('eingeladen');
      expect(future[0]?.invitationDate?.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(future[0]?.agendaItems.length).toBeGreaterThan(5);
      const past = await MeetingModel.countDocuments({
        organization: org._id,
        state: 'durchgefuehrt',
        start: { $lt: NOW, $gt: new Date(NOW.getTime() - 120 * 86_400_000) },
      });
      expect(past, shortName).toBe(2);
    }
    expect(await MeetingModel.countDocuments({ state: 'verschoben', start: { $gt: NOW } })).toBe(1);
    expect(
      await MeetingModel.countDocuments({ state: 'abgesagt', cancelled: true, start: { $gt: NOW } }),
    ).toBe(1);
  });

  it('has Anfragen and follow-ups in several states, one of each overdue', async () => {
    const open = { state: { $in: ['eingereicht', 'angenommen', 'zugewiesen'] as const } };
    expect(await InquiryModel.countDocuments({ ...open, dueDate: { $lt: NOW } })).toBe(1);
    expect(new Set(await InquiryModel.distinct('state')).size).toBeGreaterThanOrEqual(4);
    expect(await FollowUpModel.countDocuments({ status: 'offen', dueDate: { $lt: NOW } })).toBe(1);
    expect(
      await FollowUpModel.countDocuments({ status: 'offen', kind: 'pruefauftrag' }),
    ).toBeGreaterThanOrEqual(2);
    const gesundheitsamt = await InquiryModel.findOne({
      subject: 'Software-Umstellung Gesundheitsamt',
    }).orFail();
    expect(gesundheitsamt.state).toBe('beantwortet');
  });

  it('lets new Anfragen continue after the demo numbers of each body', async () => {
    for (const body of await BodyModel.find().lean()) {
      const numbers = (await InquiryModel.find({ body: body._id }).lean()).map((i) => i.number ?? '');
      if (numbers.length === 0) continue;
      const next = await mongoInquiryStore.nextSequence(body._id.toString(), 2026);
      const highest = Math.max(...numbers.map((n) => Number(/^AN\/(\d+)\/2026$/.exec(n)?.[1] ?? 0)));
      expect(highest).toBeGreaterThan(0);
      expect(next).toBe(highest + 1);
    }
  });

  it('seats members with their Fraktion, substitutes and Sachkundige Bürger', async () => {
    const adig = await committee('ADig');
    const chair = await MembershipModel.findOne({ organization: adig._id, role: 'Vorsitz' }).populate<{
      person: { name: string };
    }>('person');
    expect(chair?.person.name).toBe('Dietmar Weiß');
    expect(
      await MembershipModel.countDocuments({
        organization: adig._id,
        seatKind: 'expertCitizen',
        role: 'Sachkundiger Bürger',
      }),
    ).toBe(3);
    const burghaus = await PersonModel.findOne({ familyName: 'Burghaus' }).orFail();
    const buchholz = await PersonModel.findOne({ familyName: 'Buchholz' }).orFail();
    const substitute = await MembershipModel.findOne({
      organization: adig._id,
      person: buchholz._id,
    }).orFail();
    expect(substitute.mayRepresent?.map(String)).toEqual([burghaus._id.toString()]);
    const uaDiko = await committee('UA DiKO');
    expect(uaDiko.votingMemberCount).toBe(7);
    expect(uaDiko.agendaRestartNumberingInNonPublic).toBe(true);
    expect(adig.agendaRestartNumberingInNonPublic).toBe(false);
    expect(
      await MembershipModel.countDocuments({
        organization: uaDiko._id,
        votingRight: true,
        role: { $ne: 'Stellvertretendes Mitglied' },
      }),
    ).toBe(7);
  });

  it('creates one login per role with working one-time passwords', async () => {
    expect(first.accounts.map((a) => a.role).sort()).toEqual([
      'admin',
      'department',
      'head',
      'member',
      'office',
    ]);
    for (const account of first.accounts) {
      const user = await UserModel.findOne({ username: account.username }).select('+passwordHash').orFail();
      expect(await verifyPassword(account.password, user.passwordHash ?? '')).toBe(true);
    }
    const member = await UserModel.findOne({ username: 'mitglied' }).orFail();
    const uaDiko = await committee('UA DiKO');
    expect(await MembershipModel.exists({ person: member.person, organization: uaDiko._id })).toBeTruthy();
    const office = await UserModel.findOne({ username: 'geschaeftsfuehrung' }).orFail();
    expect(office.officeCommitteeIds.map(String)).toEqual([uaDiko._id.toString()]);
  });

  it('leaves a database with other data alone', async () => {
    await mongoose.connection.dropDatabase();
    await BodyModel.create({ name: 'Stadt Musterstadt', shortName: 'Musterstadt' });
    expect(await loadDemoData(NOW)).toEqual({ created: false, accounts: [] });
    expect(await BodyModel.countDocuments()).toBe(1);
  });
});
