import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { createConversationHandler } from '../../../server/composition/chat';
import type { ConversationHandler } from '../../../bot/chat/inbound';
import { OutboxDispatcher } from '../../../server/jobs/outbox/dispatcher';
import { createChatLinkCode } from '../../../server/store/chat/link-codes';
import { AuditEventModel } from '../../../server/store/models/audit-event';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { FakeDelivery } from '../../jobs/support/fake-delivery';
import { SECRET_WORDS, allText, channel, seedCommittee, slackUser } from './support/fixtures';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
let db: { stop: () => Promise<void> };
const now = new Date('2026-03-01T09:00:00Z');
const clock = () => now;
let handler: ConversationHandler;
let seed: Awaited<ReturnType<typeof seedCommittee>>;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  seed = await seedCommittee(now);
  handler = createConversationHandler({ clock });
});

const office = () => slackUser('UOFFICE', 'schmitz@stadt-koeln.de');
const member = () => slackUser('UMEMBER', 'weber@example.org');

describe('conversation', () => {
  it('answers hilfe and help in the user’s language', async () => {
    const [de] = await handler.handleCommand(slackUser('UX'), channel('C1'), 'hilfe');
    const [en] = await handler.handleCommand({ ...slackUser('UX'), locale: 'en' }, channel('C1'), 'help');
    expect(de?.title).toBe('So arbeiten Sie mit dem Gremienbot');
    expect(en?.title).toBe('How to work with the committee bot');
  });

  it('explains kindly to an unlinked user instead of failing', async () => {
    const [reply] = await handler.handleCommand(slackUser('UNKNOWN'), channel('C1'), 'sitzungen');
    expect(reply?.title).toBe('Ich kenne Sie noch nicht');
    expect(reply?.text).toContain('verknüpfen <Code>');
  });

  it('recognises a user by the platform’s e-mail address and lists their meetings', async () => {
    const [reply] = await handler.handleCommand(member(), channel('D1', 'direct'), 'sitzungen');
    expect(allText(reply)).toContain('5. Sitzung des Unterausschusses');
    expect(allText(reply)).toContain('UA DiKO');
  });

  it('links an account by a one-time code from the dashboard, once', async () => {
    const { code } = await createChatLinkCode(seed.memberUser._id.toString(), now);
    const stranger = slackUser('UNOMAIL');
    const [done] = await handler.handleCommand(
      stranger,
      channel('D2', 'direct'),
      `verknüpfen ${code.toLowerCase()}`,
    );
    expect(done?.text).toContain('Herr Weber');
    const [again] = await handler.handleCommand(slackUser('UOTHER'), channel('D3', 'direct'), `link ${code}`);
    expect(again?.text).toContain('ungültig');
    const [meetings] = await handler.handleCommand(stranger, channel('D2', 'direct'), 'meetings');
    expect(allText(meetings)).toContain('5. Sitzung');
  });

  it('shows the full agenda to a member in a direct message, the public part to a non-member', async () => {
    const [full] = await handler.handleCommand(member(), channel('D1', 'direct'), 'tagesordnung UA DiKO');
    expect(allText(full)).toContain('Grundstücksangelegenheit');
    expect(
      await AuditEventModel.countDocuments({
        action: 'read',
        entityType: 'Meeting',
        'actor.displayName': 'Herr Weber',
      }),
    ).toBe(1);
    await mongoose
      .model('Person')
      .updateOne(
        { _id: seed.outsider._id },
        { $set: { chatIdentities: [{ platform: 'slack', userId: 'UOUT' }] } },
      );
    const [limited] = await handler.handleCommand(
      slackUser('UOUT'),
      channel('D4', 'direct'),
      'agenda UA DiKO',
    );
    expect(allText(limited)).toContain('Digitalstrategie');
    expect(allText(limited)).toContain('1 Tagesordnungspunkt');
    for (const word of SECRET_WORDS) expect(allText(limited)).not.toContain(word);
  });

  it('refuses binding to anyone but the committee’s office', async () => {
    const [refused] = await handler.handleCommand(member(), channel('CPUB'), 'binden öffentlich UA DiKO');
    expect(refused?.text).toBe('Das darf nur die Geschäftsführung dieses Ausschusses.');
    expect(await ChannelBindingModel.countDocuments()).toBe(0);
    const [done] = await handler.handleCommand(office(), channel('CPUB'), 'binden öffentlich UA DiKO');
    expect(done?.text).toContain('öffentlich an „UA DiKO“ gebunden');
    expect(
      await ChannelBindingModel.countDocuments({
        channelId: 'CPUB',
        confidentiality: 'public',
        active: true,
      }),
    ).toBe(1);
  });

  it('publishes to every bound channel with what each may see, once per channel', async () => {
    await handler.handleCommand(office(), channel('CPUB'), 'binden öffentlich UA DiKO');
    await handler.handleCommand(office(), channel('CCONF'), 'bind confidential UA DiKO');
    const [reply] = await handler.handleCommand(office(), channel('CPUB'), 'veröffentlichen UA DiKO');
    expect(reply?.text).toContain('2 Kanälen');
    await handler.handleCommand(office(), channel('CPUB'), 'veröffentlichen UA DiKO');
    expect(await OutboxMessageModel.countDocuments()).toBe(2);
    const delivery = new FakeDelivery();
    await new OutboxDispatcher({ deliveries: { slack: delivery }, clock, logger: silent }).drain();
    const pub = delivery.sent.find((s) => s.channelId === 'CPUB');
    const conf = delivery.sent.find((s) => s.channelId === 'CCONF');
    expect(allText(pub)).toContain('Digitalstrategie');
    for (const word of SECRET_WORDS) expect(allText(pub)).not.toContain(word);
    expect(allText(conf)).toContain('Grundstücksangelegenheit');
  });

  it('sends an office announcement to the bound channels; the same text twice goes once', async () => {
    await handler.handleCommand(office(), channel('CPUB'), 'binden öffentlich UA DiKO');
    const [done] = await handler.handleCommand(
      office(),
      channel('CPUB'),
      'mitteilung UA DiKO Die Sitzung findet in Raum 27 statt.',
    );
    expect(done?.text).toBe('Die Mitteilung geht an 1 Kanal.');
    await handler.handleCommand(
      office(),
      channel('CPUB'),
      'mitteilung UA DiKO Die Sitzung findet in Raum 27 statt.',
    );
    const queued = await OutboxMessageModel.find().lean();
    expect(queued).toHaveLength(1);
    expect(allText(queued[0]?.message)).toContain('Raum 27');
    const [refused] = await handler.handleCommand(member(), channel('CPUB'), 'mitteilung UA DiKO Hallo');
    expect(refused?.text).toBe('Das darf nur die Geschäftsführung dieses Ausschusses.');
  });

  it('validates the announcement form with inline errors', async () => {
    const opened = await handler.handleAction(office(), channel('CPUB'), 'officeUpdate.open', {});
    expect(opened.openForm?.fields.map((f) => f.id)).toEqual(['committee', 'text', 'audience']);
    const invalid = await handler.handleFormSubmit(
      office(),
      channel('CPUB'),
      'officeUpdate.compose',
      { committee: 'x', text: ' ' },
      {},
    );
    expect(invalid).toEqual({ errors: { committee: expect.any(String), text: 'Bitte ausfüllen.' } });
  });
});
