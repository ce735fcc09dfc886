import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMongoTeamsConversationStore } from '../../bot/teams/conversation-store';
import { createConversationHandler } from '../../server/composition/chat';
import { createResultsWorkflow } from '../../server/composition/results';
import { processOnce } from '../../server/jobs/outbox/process-once';
import { MeetingModel } from '../../server/store/models/meeting';
import { allText, seedCommittee } from '../bot/chat/support/fixtures';
import { signedHeaders, slashCommandBody, waitFor } from '../bot/slack/support/signed';
import { personalMessage } from '../bot/teams/support/activities';
import { cardsOf, createHarness } from '../bot/teams/support/harness';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { resultsContext } from './support/results-app';
import { startSlackWithFeatures } from './support/slack-harness';

const now = new Date('2026-03-01T15:00:00Z');
const clock = () => now;
let db: { stop: () => Promise<void> };
let slack: Awaited<ReturnType<typeof startSlackWithFeatures>>;
let meetingId: string;

const feature = () => createResultsWorkflow(resultsContext(clock)).chat!;

beforeAll(async () => {
  db = await connectTestDatabase();
  slack = await startSlackWithFeatures(clock, [feature()]);
  slack.api.users.set('UOFFICE', { email: 'schmitz@stadt-koeln.de' });
});
afterAll(async () => {
  await slack.stop();
  await db.stop();
});
beforeEach(async () => {
  await clearDatabase();
  slack.api.responses.length = 0;
  const seeded = await seedCommittee(now);
  const session = await MeetingModel.create({
    body: seeded.body._id,
    organization: seeded.committee._id,
    name: '4. Sitzung des Unterausschusses',
    start: new Date(now.getTime() - 3_600_000),
    agendaItems: [
      { number: '1', order: 1, name: 'Mitteilungen der Verwaltung', public: true },
      { number: '2', order: 2, name: 'Digitalstrategie der Stadt', public: true },
    ],
  });
  meetingId = session._id.toString();
});

async function voteOf(number: string) {
  const meeting = await MeetingModel.findById(meetingId).lean();
  return meeting!.agendaItems.find((item) => item.number === number)!.vote;
}

describe('recording a result on the platforms', () => {
  it('works through /gremium on Slack', async () => {
    const body = slashCommandBody({
      text: 'ergebnis TOP 2 einstimmig angenommen',
      userId: 'UOFFICE',
      channelId: 'CPUBLIC',
      responseUrl: slack.api.responseUrl('r1'),
    });
    const res = await request(slack.app)
      .post('/slack/events')
      .type('form')
      .set(signedHeaders(body, new Date()))
      .send(body);
    expect(res.status).toBe(200);
    const answer = await waitFor(() => slack.api.responses.find((r) => r.path.endsWith('/r1')));
    expect(allText(answer.body)).toContain('Ergebnis zu TOP 2 erfasst: Einstimmig angenommen.');
    expect(await voteOf('2')).toMatchObject({ kind: 'einstimmig angenommen', version: 1 });
  });

  it('works through a personal message on Teams', async () => {
    const { send } = createHarness({
      conversations: createConversationHandler({ clock, features: [feature()] }),
      store: createMongoTeamsConversationStore(),
      processOnce: (key, fn) => processOnce(key, fn),
      lookupEmail: async () => 'schmitz@stadt-koeln.de',
    });
    const cards = cardsOf(await send(personalMessage('ergebnis TOP 1 zur Kenntnis genommen')));
    expect(allText(cards)).toContain('Ergebnis zu TOP 1 erfasst: Zur Kenntnis genommen.');
    expect(await voteOf('1')).toMatchObject({ kind: 'zur Kenntnis genommen', version: 1 });
  });
});
