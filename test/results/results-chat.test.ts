import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatUser } from '../../bot/chat/port';
import { createConversationHandler } from '../../server/composition/chat';
import { createResultsWorkflow } from '../../server/composition/results';
import { ChannelBindingModel } from '../../server/store/models/channel-binding';
import { MeetingModel } from '../../server/store/models/meeting';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { allText, channel, SECRET_ITEM, seedCommittee, slackUser } from '../bot/chat/support/fixtures';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { resultsContext } from './support/results-app';

const now = new Date('2026-03-01T15:00:00Z');
let db: { stop: () => Promise<void> };
let seeded: Awaited<ReturnType<typeof seedCommittee>>;
let sessionId: string;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(() => db.stop());
beforeEach(async () => {
  await clearDatabase();
  seeded = await seedCommittee(now);
  const session = await MeetingModel.create({
    body: seeded.body._id,
    organization: seeded.committee._id,
    name: '4. Sitzung des Unterausschusses',
    start: new Date(now.getTime() - 3_600_000),
    state: 'eingeladen',
    agendaItems: [
      { number: '1', order: 1, name: 'Mitteilungen der Verwaltung', public: true },
      { number: '1.1', order: 2, level: 2, name: 'Digitalstrategie der Stadt', public: true },
      { number: '1', order: 3, name: SECRET_ITEM, public: false },
    ],
  });
  sessionId = session._id.toString();
  await ChannelBindingModel.create([
    {
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'CPUB',
      organization: seeded.committee._id,
      confidentiality: 'public',
    },
    {
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'CSECRET',
      organization: seeded.committee._id,
      confidentiality: 'confidential',
    },
  ]);
});

function handler() {
  const workflow = createResultsWorkflow(resultsContext(() => now));
  return createConversationHandler({ clock: () => now, features: [workflow.chat!] });
}

const officeOn: Record<'slack' | 'teams', ChatUser> = {
  slack: slackUser('UOFFICE', 'schmitz@stadt-koeln.de'),
  teams: {
    platform: 'teams',
    tenantId: 'tenant-1',
    userId: 'aad-office',
    email: 'schmitz@stadt-koeln.de',
    locale: 'en',
  },
};

async function itemOf(number: string, isPublic: boolean) {
  const meeting = await MeetingModel.findById(sessionId).lean();
  return meeting!.agendaItems.find((item) => item.number === number && item.public === isPublic)!;
}

describe('the result command in the conversation', () => {
  it('records a vote with its Fraktion breakdown from Slack and posts it in the agenda threads', async () => {
    const [reply] = await handler().handleCommand(
      officeOn.slack,
      channel('CPUB'),
      'ergebnis TOP 1.1 angenommen ja 10 nein 2 enthaltung 1 AfD-Fraktion',
    );
    expect(reply?.text).toBe(
      'Ergebnis zu TOP 1.1 erfasst: Mehrheitlich angenommen bei 1 Enthaltung der AfD-Fraktion ' +
        '(10 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung). Benachrichtigte Kanäle: 2.',
    );
    const item = await itemOf('1.1', true);
    expect(item.vote).toMatchObject({
      kind: 'mehrheitlich angenommen',
      yes: 10,
      no: 2,
      abstain: 1,
      version: 1,
    });
    const posts = await OutboxMessageModel.find({}).sort({ key: 1 }).lean();
    expect(posts.map((p) => p.threadOf)).toEqual([
      `meeting:${sessionId}:agenda:slack:CPUB`,
      `meeting:${sessionId}:agenda:slack:CSECRET`,
    ]);
  });

  it('records a non-public item from Teams in English, posting to the confidential channel only', async () => {
    const [reply] = await handler().handleCommand(
      officeOn.teams,
      { platform: 'teams', tenantId: 'tenant-1', channelId: 'a:dm', kind: 'direct' },
      'result item nö 1 unanimous',
    );
    expect(reply?.text).toBe('Result of item 1 recorded: Einstimmig angenommen. Channels notified: 1.');
    const posts = await OutboxMessageModel.find({}).lean();
    expect(posts.map((p) => p.key)).toEqual([
      `meeting:${sessionId}:result:${(await itemOf('1', false))._id.toString()}:v1:slack:CSECRET`,
    ]);
    expect(allText(posts[0]!.message)).toContain(SECRET_ITEM);
    const [inChannel] = await handler().handleCommand(
      officeOn.slack,
      channel('CPUB'),
      'ergebnis TOP nö 1 vertagt',
    );
    expect(inChannel?.text).toBe(
      'Ergebnis zu TOP 1 (nichtöffentlicher Teil) erfasst. Benachrichtigte Kanäle: 1.',
    );
  });

  it('answers bad input and non-office users kindly and stores nothing', async () => {
    const bad = await handler().handleCommand(
      officeOn.slack,
      channel('CPUB'),
      'ergebnis TOP 1.1 angenommen ja -2',
    );
    expect(bad[0]?.text).toBe('Stimmenzahlen müssen ganze Zahlen ab 0 sein.');
    const unknown = await handler().handleCommand(officeOn.slack, channel('CPUB'), 'ergebnis TOP 9 vertagt');
    expect(unknown[0]?.text).toBe('TOP 9 gibt es in der Sitzung „4. Sitzung des Unterausschusses“ nicht.');
    const member = slackUser('UMEMBER', 'weber@example.org');
    const refused = await handler().handleCommand(member, channel('CPUB'), 'ergebnis TOP 1.1 vertagt');
    expect(refused[0]?.text).toBe('Das darf nur die Geschäftsführung dieses Ausschusses.');
    expect((await itemOf('1.1', true)).vote).toBeUndefined();
    expect(await OutboxMessageModel.countDocuments()).toBe(0);
  });

  it("says why a vote was refused in the reader's language, in the command and in the form", async () => {
    const teams = {
      platform: 'teams' as const,
      tenantId: 'tenant-1',
      channelId: 'a:dm',
      kind: 'direct' as const,
    };
    const [refused] = await handler().handleCommand(
      officeOn.teams,
      teams,
      'result item 1.1 rejected yes 10 no 2',
    );
    expect(refused?.text).toBe('With more votes for than against, it is adopted.');
    const [german] = await handler().handleCommand(
      officeOn.slack,
      channel('CPUB'),
      'ergebnis TOP 1.1 abgelehnt ja 10 nein 2',
    );
    expect(german?.text).toBe('Bei mehr Ja- als Nein-Stimmen ist er angenommen.');
    const item = await itemOf('1.1', true);
    const form = await handler().handleFormSubmit(
      officeOn.teams,
      teams,
      'results.record',
      { result: 'mehrheitlich angenommen', yes: '9', abstain: '2', breakdown: 'abstain 1 AfD-Fraktion' },
      { meetingId: sessionId, itemId: item._id.toString() },
    );
    expect(form).toEqual({
      errors: { breakdown: 'The breakdown by group (1) does not match the total (2).' },
    });
    expect((await itemOf('1.1', true)).vote).toBeUndefined();
    expect(await OutboxMessageModel.countDocuments()).toBe(0);
  });

  it('opens the form for the longer cases and reports field errors inline', async () => {
    const [offer] = await handler().handleCommand(officeOn.slack, channel('CPUB'), 'ergebnis TOP 1.1');
    const button = offer!.buttons![0]!;
    const opened = await handler().handleAction(
      officeOn.slack,
      channel('CPUB'),
      button.actionId,
      button.value,
    );
    expect(opened.openForm?.formId).toBe('results.record');
    const state = opened.openForm!.state!;
    const mismatch = await handler().handleFormSubmit(
      officeOn.slack,
      channel('CPUB'),
      'results.record',
      { result: 'mehrheitlich angenommen', yes: '9', abstain: '2', breakdown: 'Enthaltung 1 AfD-Fraktion' },
      state,
    );
    expect(mismatch).toEqual({
      errors: { breakdown: 'Die Aufteilung nach Fraktionen (1) passt nicht zur Gesamtzahl (2).' },
    });
    const saved = await handler().handleFormSubmit(
      officeOn.slack,
      channel('CPUB'),
      'results.record',
      {
        result: 'verwiesen ohne Votum',
        resolutionText: 'Die Vorlage wird ohne Votum in weiterführende Gremien verwiesen.',
      },
      state,
    );
    expect('replies' in saved && saved.replies[0]?.text).toBe(
      'Ergebnis zu TOP 1.1 erfasst: Ohne Votum in weiterführende Gremien verwiesen. Benachrichtigte Kanäle: 2.',
    );
    const item = await itemOf('1.1', true);
    expect(item.resolutionText).toBe('Die Vorlage wird ohne Votum in weiterführende Gremien verwiesen.');
  });
});
