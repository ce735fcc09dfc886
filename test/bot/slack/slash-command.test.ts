import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChatLinkCode } from '../../../server/store/chat/link-codes';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { SECRET_WORDS, seedCommittee } from '../chat/support/fixtures';
import { startSlackHarness } from './support/harness';
import { signedHeaders, slashCommandBody, waitFor } from './support/signed';

let db: { stop: () => Promise<void> };
let harness: Awaited<ReturnType<typeof startSlackHarness>>;
let seed: Awaited<ReturnType<typeof seedCommittee>>;
const domainNow = new Date();

beforeAll(async () => {
  db = await connectTestDatabase();
  harness = await startSlackHarness(() => domainNow);
  harness.api.users.set('UOFFICE', { email: 'schmitz@stadt-koeln.de' });
  harness.api.users.set('UMEMBER', { email: 'Weber@example.org' });
  harness.api.users.set('UEN', { locale: 'en-US' });
});
afterAll(async () => {
  await harness.stop();
  await db.stop();
});
beforeEach(async () => {
  await clearDatabase();
  harness.api.responses.length = 0;
  seed = await seedCommittee(domainNow);
});

let counter = 0;
/** Sends `/gremium <text>` signed; returns the ack status and the ephemeral answers. */
async function gremium(userId: string, text: string, channelId = 'CPUBLIC', channelName = 'ausschuss') {
  const id = `r${++counter}`;
  const body = slashCommandBody({
    text,
    userId,
    channelId,
    channelName,
    responseUrl: harness.api.responseUrl(id),
  });
  const started = Date.now();
  const res = await request(harness.app)
    .post('/slack/events')
    .type('form')
    .set(signedHeaders(body, new Date()))
    .send(body);
  const ackMs = Date.now() - started;
  const answer = await waitFor(() => harness.api.responses.find((r) => r.path.endsWith(`/${id}`)));
  return { status: res.status, ackMs, answer: answer.body, text: JSON.stringify(answer.body) };
}

describe('/gremium', () => {
  it('acknowledges at once and answers hilfe through the response_url, visible to the user only', async () => {
    const { status, answer, text } = await gremium('UX', 'hilfe');
    expect(status).toBe(200);
    expect(answer.response_type).toBe('ephemeral');
    expect(text).toContain('So arbeiten Sie mit dem Gremienbot');
    expect(text).toContain('*tagesordnung [Ausschuss]*');
  });

  it('answers in English for an English Slack user', async () => {
    const { text } = await gremium('UEN', 'help');
    expect(text).toContain('How to work with the committee bot');
  });

  it('explains kindly to an unlinked user', async () => {
    const { status, text } = await gremium('UNKNOWN', 'sitzungen');
    expect(status).toBe(200);
    expect(text).toContain('Ich kenne Sie noch nicht');
  });

  it('lists the meetings of a member recognised by e-mail', async () => {
    const { text } = await gremium('UMEMBER', 'sitzungen');
    expect(text).toContain('5. Sitzung des Unterausschusses');
  });

  it('shows only the public part of the agenda in a channel not bound confidential, even to a member', async () => {
    const { text } = await gremium('UMEMBER', 'tagesordnung UA DiKO');
    expect(text).toContain('Digitalstrategie');
    expect(text).toContain('Nichtöffentlicher Teil: 1 Tagesordnungspunkt');
    for (const word of SECRET_WORDS) expect(text).not.toContain(word);
  });

  it('shows the full agenda to a member in a direct message', async () => {
    const { text } = await gremium('UMEMBER', 'tagesordnung', 'D123', 'directmessage');
    expect(text).toContain('Grundstücksangelegenheit');
  });

  it('refuses binding for a non-office user and binds for the office', async () => {
    const refused = await gremium('UMEMBER', 'binden öffentlich UA DiKO');
    expect(refused.text).toContain('Das darf nur die Geschäftsführung');
    expect(await ChannelBindingModel.countDocuments()).toBe(0);
    const done = await gremium('UOFFICE', 'binden vertraulich UA DiKO', 'CCONF', 'ua-diko-intern');
    expect(done.text).toContain('vertraulich an „UA DiKO“ gebunden');
    expect(await ChannelBindingModel.findOne({ channelId: 'CCONF' }).lean()).toMatchObject({
      confidentiality: 'confidential',
      channelName: 'ua-diko-intern',
      tenantId: 'T1',
    });
  });

  it('links an unknown user by the dashboard code', async () => {
    const { code } = await createChatLinkCode(seed.memberUser._id.toString(), domainNow);
    const linked = await gremium('UNOMAIL', `verknüpfen ${code}`, 'D9', 'directmessage');
    expect(linked.text).toContain('Herr Weber');
    const meetings = await gremium('UNOMAIL', 'sitzungen', 'D9', 'directmessage');
    expect(meetings.text).toContain('5. Sitzung');
  });

  it('refuses an unsigned slash command without running it', async () => {
    const body = slashCommandBody({
      text: 'hilfe',
      userId: 'UX',
      channelId: 'C1',
      responseUrl: harness.api.responseUrl('never'),
    });
    await request(harness.app).post('/slack/events').type('form').send(body).expect(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(harness.api.responses.find((r) => r.path.endsWith('/never'))).toBeUndefined();
  });
});
