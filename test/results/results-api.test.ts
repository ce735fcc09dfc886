import { describe, expect, it, beforeAll } from 'vitest';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { ChannelBindingModel } from '../../server/store/models/channel-binding';
import { MeetingModel } from '../../server/store/models/meeting';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { withApiWorld } from '../http/api/support/world';
import { resultsApp } from './support/results-app';

const app = resultsApp();
const api = withApiWorld(app);

let meetingId: string;
let publicItem: string;
let secretItem: string;

const url = (itemId: string, meeting = meetingId) =>
  `/api/v1/meetings/${meeting}/agenda-items/${itemId}/result`;

async function storedItem(itemId: string) {
  const meeting = await MeetingModel.findById(meetingId).lean();
  return meeting!.agendaItems.find((item) => item._id.toString() === itemId)!;
}

beforeAll(async () => {
  const { meetingA, committeeA } = api.world;
  meetingId = meetingA._id.toString();
  publicItem = meetingA.agendaItems.find((i) => i.public && i.number === '1.1')!._id.toString();
  secretItem = meetingA.agendaItems.find((i) => !i.public)!._id.toString();
  await ChannelBindingModel.create([
    {
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'CPUBLIC',
      organization: committeeA._id,
      confidentiality: 'public',
    },
    {
      platform: 'teams',
      tenantId: 'tenant-1',
      channelId: '19:vertraulich',
      organization: committeeA._id,
      confidentiality: 'confidential',
    },
  ]);
});

describe('PUT /api/v1/meetings/:id/agenda-items/:itemId/result', () => {
  it('records a vote with its Fraktion breakdown, audits it and posts it to every channel', async () => {
    const res = await api.as.officeA.put(url(publicItem), {
      result: 'mehrheitlich angenommen',
      resolutionText: 'Der Ausschuss beschließt die Sitzungstermine 2020.',
      yes: 10,
      no: 2,
      abstain: 1,
      breakdown: [{ group: 'AfD-Fraktion', abstain: 1 }],
    });
    expect(res.status).toBe(200);
    expect(res.body.item.resultText).toBe(
      'Mehrheitlich angenommen bei 1 Enthaltung der AfD-Fraktion (10 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung)',
    );
    expect(res.body.item.minutesLines).toEqual([
      'Abstimmungsergebnis: Mehrheitlich angenommen',
      '10 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung',
      '1 Enthaltung AfD-Fraktion',
    ]);
    const item = await storedItem(publicItem);
    expect(item.result).toBe('mehrheitlich angenommen');
    expect(item.resolutionText).toBe('Der Ausschuss beschließt die Sitzungstermine 2020.');
    expect(item.vote).toMatchObject({
      kind: 'mehrheitlich angenommen',
      yes: 10,
      no: 2,
      abstain: 1,
      version: 1,
    });

    const posts = await OutboxMessageModel.find({ key: { $regex: `:result:${publicItem}:` } })
      .sort({ key: 1 })
      .lean();
    expect(posts.map((p) => [p.key, p.threadOf])).toEqual([
      [
        `meeting:${meetingId}:result:${publicItem}:v1:slack:CPUBLIC`,
        `meeting:${meetingId}:agenda:slack:CPUBLIC`,
      ],
      [
        `meeting:${meetingId}:result:${publicItem}:v1:teams:19:vertraulich`,
        `meeting:${meetingId}:agenda:teams:19:vertraulich`,
      ],
    ]);
    expect(JSON.stringify(posts[0]!.message)).toContain('1 Enthaltung AfD-Fraktion');
    const audit = await AuditEventModel.findOne({
      entityId: meetingId,
      summary: /Ergebnis zu TOP 1.1/,
    }).lean();
    expect(audit?.summary).toBe('Ergebnis zu TOP 1.1 erfasst: Mehrheitlich angenommen');
  });

  it('posts a non-public item’s result to confidential channels only, once per version', async () => {
    const first = await api.as.officeA.put(url(secretItem), { result: 'einstimmig angenommen' });
    expect(first.status).toBe(200);
    const corrected = await api.as.officeA.put(url(secretItem), { result: 'vertagt' });
    expect(corrected.status).toBe(200);
    const posts = await OutboxMessageModel.find({ key: { $regex: `:result:${secretItem}:` } })
      .sort({ key: 1 })
      .lean();
    expect(posts.map((p) => p.key)).toEqual([
      `meeting:${meetingId}:result:${secretItem}:v1:teams:19:vertraulich`,
      `meeting:${meetingId}:result:${secretItem}:v2:teams:19:vertraulich`,
    ]);
    expect(JSON.stringify(posts[1]!.message)).toContain('Vergabe Rechenzentrum');
    expect(posts[1]!.message.title).toBe('Ergebnis TOP 1 (korrigiert)');
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = await storedItem(publicItem);
    const outboxBefore = await OutboxMessageModel.countDocuments();
    const cases: [object, number, string][] = [
      [{ result: 'mehrheitlich angenommen', yes: -3 }, 400, 'yes'],
      [
        {
          result: 'mehrheitlich angenommen',
          yes: 4,
          abstain: 2,
          breakdown: [{ group: 'AfD-Fraktion', abstain: 1 }],
        },
        400,
        'breakdown.abstain',
      ],
      [{ result: 'einstimmig angenommen', no: 1 }, 400, 'no'],
      [{ result: 'irgendwie' }, 400, 'result'],
    ];
    for (const [body, status, field] of cases) {
      const res = await api.as.officeA.put(url(publicItem), body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    const unknown = await api.as.officeA.put(url('0123456789abcdef01234567'), { result: 'vertagt' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([{ path: 'itemId', message: expect.any(String) }]);

    expect((await api.as.memberA.put(url(publicItem), { result: 'vertagt' })).status).toBe(403);
    expect((await api.as.officeB.put(url(publicItem), { result: 'vertagt' })).status).toBe(403);
    expect((await api.as.public.put(url(publicItem), { result: 'vertagt' })).status).toBe(401);

    const meetingB = api.world.meetingB;
    const notBegun = await api.as.officeB.put(
      url(meetingB.agendaItems[0]!._id.toString(), meetingB._id.toString()),
      {
        result: 'vertagt',
      },
    );
    expect(notBegun.status).toBe(422);
    expect(notBegun.body.error.code).toBe('meeting_not_started');

    const after = await storedItem(publicItem);
    expect(after.vote).toEqual(before.vote);
    expect(after.result).toBe(before.result);
    expect(await OutboxMessageModel.countDocuments()).toBe(outboxBefore);
  });
});

describe('a recorded vote and later agenda writes', () => {
  it('keeps the vote when the whole agenda is written back', async () => {
    await api.as.officeA.put(url(publicItem), { result: 'abgelehnt', yes: 3, no: 9, abstain: 0 }).expect(200);
    const { mongoMeetingStore } = await import('../../server/store/repositories/meetings');
    const read = await mongoMeetingStore.findById(meetingId);
    expect(read?.agendaItems.find((item) => item.id === publicItem)?.vote).toMatchObject({
      kind: 'abgelehnt',
      yes: 3,
      no: 9,
    });
    await mongoMeetingStore.saveIfVersion(meetingId, read!.version, { agendaItems: read!.agendaItems });
    expect((await storedItem(publicItem)).vote).toMatchObject({
      kind: 'abgelehnt',
      yes: 3,
      no: 9,
      abstain: 0,
    });
  });
});
