import { beforeAll, describe, expect, it } from 'vitest';
import { attendanceRouter } from '../../server/http/api/attendance/router';
import { dashboardResources } from '../../server/http/api/dashboard-resources';
import { attendanceListFor } from '../../server/store/attendance/attendance-list-source';
import { AttendanceModel } from '../../server/store/models/attendance';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { MeetingModel } from '../../server/store/models/meeting';
import { mongoRepositories } from '../../server/store/repositories/index';
import { testApp } from '../http/support/test-app';
import { withApiWorld } from '../http/api/support/world';
import { presenceDepsFor } from './support/chat-world';

/** During the session of meeting A (18.02.2021, 14:00). */
const now = new Date('2021-02-18T14:30:00+01:00');
const clock = () => now;
const stores = mongoRepositories();
const presence = presenceDepsFor(clock);
const app = testApp({
  clock,
  apiRoutes: [
    ...dashboardResources({ stores, clock }),
    { path: '/meetings', router: attendanceRouter({ presence, stores, attendanceList: attendanceListFor }) },
  ],
});
const api = withApiWorld(app);

let base: string;
let personA: string;
let nonPublicItem: string;

beforeAll(() => {
  base = `/api/v1/meetings/${String(api.world.meetingA._id)}`;
  personA = String(api.world.personA._id);
  nonPublicItem = String(api.world.meetingA.agendaItems[3]!._id);
});

const arrival = (at = '2021-02-18T14:15:00+01:00') => ({ personId: personA, kind: 'arrive', at });

describe('attendance API', () => {
  it('lets only the committee office record, refusing outsiders and visitors', async () => {
    expect((await api.as.memberA.post(`${base}/attendance/events`, arrival())).status).toBe(403);
    expect((await api.as.officeB.post(`${base}/attendance/events`, arrival())).status).toBe(403);
    expect((await api.as.public.post(`${base}/attendance/events`, arrival())).status).toBe(401);
    expect((await api.as.memberB.get(`${base}/attendance`)).status).toBe(403);
    expect((await api.as.memberB.get(`${base}/quorum`)).status).toBe(403);
    expect((await api.as.public.get(`${base}/quorum/items`)).status).toBe(401);
    expect(await AttendanceModel.countDocuments()).toBe(0);
  });

  it('records an arrival, audits it, and refuses the same arrival again', async () => {
    const res = await api.as.officeA.post(`${base}/attendance/events`, arrival());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      personId: personA,
      kind: 'arrive',
      at: '2021-02-18T13:15:00.000Z',
      quorum: { present: 1, needed: 4, seats: 7, countedQuorate: false, basis: 'deemedUntilEstablished' },
    });
    const stored = await AttendanceModel.findOne({ person: personA }).lean();
    expect(stored?.events.map((e) => [e.kind, e.at.toISOString(), e.source])).toEqual([
      ['arrive', '2021-02-18T13:15:00.000Z', 'api'],
    ]);
    expect(await AuditEventModel.countDocuments({ entityType: 'Attendance', action: 'update' })).toBe(1);

    const again = await api.as.officeA.post(
      `${base}/attendance/events`,
      arrival('2021-02-18T14:20:00+01:00'),
    );
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({
      code: 'attendance_already_present',
      fields: [{ path: 'personId' }],
    });
    expect((await AttendanceModel.findOne({ person: personA }).lean())?.events).toHaveLength(1);
  });

  it('answers 400 naming the field for an unknown person, a time outside the session and a bad kind', async () => {
    const stranger = await api.as.officeA.post(`${base}/attendance/events`, {
      ...arrival(),
      personId: String(api.world.personB._id),
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error).toMatchObject({
      code: 'attendance_unknown_person',
      fields: [{ path: 'personId' }],
    });
    const early = await api.as.officeA.post(
      `${base}/attendance/events`,
      arrival('2021-02-18T12:30:00+01:00'),
    );
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({
      code: 'attendance_time_outside_session',
      fields: [{ path: 'at' }],
    });
    const nextDay = await api.as.officeA.post(
      `${base}/attendance/events`,
      arrival('2021-02-19T00:30:00+01:00'),
    );
    expect(nextDay.status).toBe(400);
    const badKind = await api.as.officeA.post(`${base}/attendance/events`, { ...arrival(), kind: 'sit' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.fields[0].path).toBe('kind');
  });

  it('lists the attendance with events, answers and the minutes-format list (office and head)', async () => {
    const res = await api.as.head.get(`${base}/attendance`);
    expect(res.status).toBe(200);
    const aachen = res.body.participants.find((p: { personId: string }) => p.personId === personA);
    expect(aachen).toMatchObject({
      name: 'Frau Aachen',
      role: 'member',
      votingRight: true,
      events: [{ kind: 'arrive', at: '2021-02-18T13:15:00.000Z' }],
      befangenheit: [],
    });
    expect(res.body.attendanceList.text).toContain(
      'Stimmberechtigte Mitglieder\n\nFrau Erika Aachen\tSPD\tanw. ab 14:15 Uhr',
    );
    expect((await api.as.memberA.get(`${base}/attendance`)).status).toBe(200);
  });

  it('records Befangenheit per item, excludes it from that item only, and audits the non-public read', async () => {
    const unknown = await api.as.officeA.post(`${base}/attendance/befangenheit`, {
      personId: personA,
      agendaItemId: '0123456789abcdef01234567',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      code: 'attendance_unknown_item',
      fields: [{ path: 'agendaItemId' }],
    });

    const body = { personId: personA, agendaItemId: nonPublicItem };
    const declared = await api.as.officeA.post(`${base}/attendance/befangenheit`, body);
    expect(declared.status).toBe(201);
    expect(declared.body).toEqual({
      personId: personA,
      agendaItemId: nonPublicItem,
      number: '1',
      changed: true,
    });
    expect((await api.as.officeA.post(`${base}/attendance/befangenheit`, body)).status).toBe(200);

    const before = await AuditEventModel.countDocuments({ action: 'read', entityType: 'Meeting' });
    const item = await api.as.memberA.get(`${base}/quorum?item=${nonPublicItem}`);
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({ item: { id: nonPublicItem, public: false }, present: 0 });
    expect(item.body.people.find((p: { personId: string }) => p.personId === personA)).toMatchObject({
      counts: false,
      reason: { code: 'befangen', agendaItemId: nonPublicItem },
      explanation: { de: 'befangen bei diesem Tagesordnungspunkt' },
    });
    expect(await AuditEventModel.countDocuments({ action: 'read', entityType: 'Meeting' })).toBe(before + 1);

    const items = await api.as.officeA.get(`${base}/quorum/items`);
    expect(items.status).toBe(200);
    expect(
      items.body.items.map((i: { number: string; public: boolean; quorum: { present: number } }) => [
        i.number,
        i.public,
        i.quorum.present,
      ]),
    ).toEqual([
      ['1', true, 1],
      ['1.1', true, 1],
      ['2', true, 1],
      ['1', false, 0],
    ]);

    const whole = await api.as.officeA.get(`${base}/quorum?at=2021-02-18T14:10:00%2B01:00`);
    expect(whole.body).toMatchObject({ at: '2021-02-18T13:10:00.000Z', present: 0, item: null });
    expect((await api.as.officeA.get(`${base}/quorum?item=0123456789abcdef01234567`)).status).toBe(400);

    const query = `personId=${personA}&agendaItemId=${nonPublicItem}`;
    expect((await api.as.memberA.delete(`${base}/attendance/befangenheit?${query}`)).status).toBe(403);
    expect((await api.as.officeA.delete(`${base}/attendance/befangenheit?${query}`)).status).toBe(204);
    expect((await api.as.officeA.delete(`${base}/attendance/befangenheit?${query}`)).status).toBe(404);
  });

  it('records and takes back the established lack of quorum', async () => {
    expect((await api.as.memberA.post(`${base}/quorum/lack-established`, {})).status).toBe(403);
    const res = await api.as.officeA.post(`${base}/quorum/lack-established`, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      at: '2021-02-18T13:30:00.000Z',
      quorum: { quorate: false, basis: 'lackEstablished' },
    });
    expect((await MeetingModel.findById(api.world.meetingA._id).lean())?.quorumLackEstablished?.at).toEqual(
      now,
    );
    expect((await api.as.officeA.post(`${base}/quorum/lack-established`, {})).status).toBe(409);
    expect((await api.as.officeA.delete(`${base}/quorum/lack-established`)).status).toBe(204);
    expect((await api.as.officeA.get(`${base}/quorum`)).body.basis).toBe('deemedUntilEstablished');
  });

  it('deletes a wrongly recorded event, and leaves the meetings router untouched', async () => {
    const query = `personId=${personA}&kind=arrive&at=2021-02-18T14:15:00%2B01:00`;
    expect((await api.as.officeA.delete(`${base}/attendance/events?${query}`)).status).toBe(204);
    expect((await AttendanceModel.findOne({ person: personA }).lean())?.events).toEqual([]);
    expect((await api.as.officeA.delete(`${base}/attendance/events?${query}`)).status).toBe(404);
    const meeting = await api.as.officeA.get(base);
    expect(meeting.status).toBe(200);
    expect(meeting.body.name).toBe('Sitzung UA DiKO');
  });
});
