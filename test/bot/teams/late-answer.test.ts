import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActionInvoke } from './support/activities';
import { FakeBotFramework } from './support/fake-bot-framework';
import { CREDENTIALS, createTeamsApp } from './support/http-harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a slow button press', () => {
  const fake = new FakeBotFramework();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('is answered before the deadline and the card is replaced when the work is done', async () => {
    const { app, conversations } = createTeamsApp(fake, { invokeDeadlineMs: 50 });
    conversations.actionOutcome = () => ({
      replies: [{ text: 'Ihre Zusage ist gespeichert.', fallbackText: 'gespeichert' }],
      updateOriginal: { title: 'Sie nehmen teil', fallbackText: 'Sie nehmen teil' },
    });
    const decide = conversations.handleAction.bind(conversations);
    conversations.handleAction = async (...args) => {
      await sleep(400);
      return decide(...args);
    };
    const invoke = {
      ...cardActionInvoke('attendance.respond', { answer: 'yes' }),
      serviceUrl: fake.serviceUrl,
      replyToId: 'card-7',
    };
    const before = fake.requests.length;

    const started = Date.now();
    const response = await request(app)
      .post('/api/messages')
      .set(
        'Authorization',
        `Bearer ${fake.channelToken({ aud: CREDENTIALS.appId, serviceurl: fake.serviceUrl })}`,
      )
      .send(invoke);
    expect(Date.now() - started).toBeLessThan(400);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringContaining('Wird bearbeitet'),
    });

    await expect.poll(() => fake.requests.length - before, { timeout: 5_000 }).toBe(2);
    const [reply, update] = fake.requests.slice(before);
    expect(reply).toMatchObject({ method: 'POST' });
    expect(JSON.stringify(reply?.body)).toContain('Ihre Zusage ist gespeichert.');
    expect(update).toMatchObject({
      method: 'PUT',
      path: '/v3/conversations/a%3A1personal-chat/activities/card-7',
    });
    expect(JSON.stringify(update?.body)).toContain('Sie nehmen teil');
  });
});
