import mongoose from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnnouncementDeps } from '../../../server/composition/chat';
import { announcementsRouter } from '../../../server/http/api/announcements/router';
import { chatLinkRouter } from '../../../server/http/api/chat-link/router';
import { committeeDirectory } from '../../../server/store/chat/committee-directory';
import { hashPassword } from '../../../server/domain/access/password';
import { AuditEventModel } from '../../../server/store/models/audit-event';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { LinkCodeModel } from '../../../server/store/models/link-code';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import { UserModel } from '../../../server/store/models/user';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { SECRET_WORDS, seedCommittee } from '../../bot/chat/support/fixtures';
import { browser, loggedIn, testApp } from '../../http/support/test-app';

let db: { stop: () => Promise<void> };
let seed: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date();

function app() {
  const announcements = createAnnouncementDeps({ clock: () => now });
  const findCommittee = async (id: string) => (await committeeDirectory.byIds([id]))[0];
  return testApp({
    apiRoutes: [
      { path: '', router: announcementsRouter({ announcements, findCommittee }) },
      { path: '/me', router: chatLinkRouter(() => now) },
    ],
  });
}

async function login(userId: mongoose.Types.ObjectId, password = 'correct horse battery') {
  const user = await UserModel.findByIdAndUpdate(
    userId,
    { $set: { passwordHash: await hashPassword(password) } },
    { returnDocument: 'after' },
  ).orFail();
  const server = app();
  return { server, ...(await loggedIn(server, user.username, password)) };
}

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  seed = await seedCommittee(now);
  await ChannelBindingModel.create({
    platform: 'slack',
    tenantId: 'T1',
    channelId: 'CPUB',
    organization: seed.committee._id,
    confidentiality: 'public',
  });
  await ChannelBindingModel.create({
    platform: 'teams',
    tenantId: 'tenant',
    channelId: '19:abc@thread.tacv2',
    organization: seed.committee._id,
    confidentiality: 'confidential',
  });
});

describe('POST /api/v1/meetings/:id/publish', () => {
  it('lets the committee’s office publish to the channels on both platforms, once', async () => {
    const { agent, csrfToken } = await login(seed.officeUser._id);
    const first = await agent
      .post(`/api/v1/meetings/${seed.meeting._id}/publish`)
      .set('X-CSRF-Token', csrfToken)
      .expect(200);
    expect(first.body).toMatchObject({ channels: 2, queued: 2 });
    const again = await agent
      .post(`/api/v1/meetings/${seed.meeting._id}/publish`)
      .set('X-CSRF-Token', csrfToken)
      .expect(200);
    expect(again.body).toMatchObject({ channels: 2, queued: 0 });
    const queued = await OutboxMessageModel.find().lean();
    expect(queued.map((q) => q.target?.platform).sort()).toEqual(['slack', 'teams']);
    const slack = JSON.stringify(queued.find((q) => q.target?.platform === 'slack')?.message);
    for (const word of SECRET_WORDS) expect(slack).not.toContain(word);
    expect(await AuditEventModel.countDocuments({ entityType: 'Meeting', action: 'update' })).toBe(2);
  });

  it('refuses a member of the committee (403)', async () => {
    const { agent, csrfToken } = await login(seed.memberUser._id);
    await agent
      .post(`/api/v1/meetings/${seed.meeting._id}/publish`)
      .set('X-CSRF-Token', csrfToken)
      .expect(403);
    expect(await OutboxMessageModel.countDocuments()).toBe(0);
  });

  it('answers 404 for an unknown meeting and 400 for a malformed id', async () => {
    const { agent, csrfToken } = await login(seed.officeUser._id);
    await agent
      .post(`/api/v1/meetings/${new mongoose.Types.ObjectId()}/publish`)
      .set('X-CSRF-Token', csrfToken)
      .expect(404);
    await agent.post('/api/v1/meetings/nope/publish').set('X-CSRF-Token', csrfToken).expect(400);
  });
});

describe('POST /api/v1/committees/:id/announcements', () => {
  it('sends an office update; a confidential one only to confidential channels', async () => {
    const { agent, csrfToken } = await login(seed.officeUser._id);
    const url = `/api/v1/committees/${seed.committee._id}/announcements`;
    expect(
      (
        await agent
          .post(url)
          .set('X-CSRF-Token', csrfToken)
          .send({ text: 'Raum 27 statt Ratssaal.' })
          .expect(202)
      ).body,
    ).toEqual({ channels: 2, queued: 2 });
    expect(
      (
        await agent
          .post(url)
          .set('X-CSRF-Token', csrfToken)
          .send({ text: 'Unterlagen TOP 1 nö', confidential: true })
          .expect(202)
      ).body,
    ).toEqual({ channels: 1, queued: 1 });
    const confidential = await OutboxMessageModel.find({ 'message.text': 'Unterlagen TOP 1 nö' }).lean();
    expect(confidential.map((c) => c.target?.platform)).toEqual(['teams']);
  });

  it('validates the body and refuses members', async () => {
    const office = await login(seed.officeUser._id);
    const url = `/api/v1/committees/${seed.committee._id}/announcements`;
    const invalid = await office.agent
      .post(url)
      .set('X-CSRF-Token', office.csrfToken)
      .send({ text: '  ', extra: 1 })
      .expect(400);
    expect(invalid.body.error.code).toBe('validation_failed');
    const member = await login(seed.memberUser._id);
    await member.agent.post(url).set('X-CSRF-Token', member.csrfToken).send({ text: 'Hallo' }).expect(403);
  });
});

describe('POST /api/v1/me/chat-link-code', () => {
  it('gives a logged-in user a short-lived code for their person', async () => {
    const { agent, csrfToken } = await login(seed.memberUser._id);
    const res = await agent.post('/api/v1/me/chat-link-code').set('X-CSRF-Token', csrfToken).expect(201);
    expect(res.body.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(new Date(res.body.expiresAt).getTime() - now.getTime()).toBe(15 * 60_000);
    expect(await LinkCodeModel.countDocuments({ person: seed.member._id })).toBe(1);
  });

  it('refuses anonymous callers', async () => {
    const server = app();
    const { agent, csrfToken } = await browser(server);
    await agent.post('/api/v1/me/chat-link-code').set('X-CSRF-Token', csrfToken).expect(401);
  });
});
