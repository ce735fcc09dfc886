import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { committeeDirectory } from '../../../server/store/chat/committee-directory';
import { AuditEventModel } from '../../../server/store/models/audit-event';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { ChatConversationModel } from '../../../server/store/models/chat-conversation';
import { dashboardApp } from './support/api-kit';
import { withApiWorld } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);
const conversations: Record<'teamsChannel' | 'slackChannel' | 'direct' | 'removed', string> = {
  teamsChannel: '',
  slackChannel: '',
  direct: '',
  removed: '',
};

beforeAll(async () => {
  const installed = async (fields: Record<string, unknown>) =>
    (await ChatConversationModel.create({ tenantId: 'tenant-koeln', kind: 'channel', ...fields }))
      .id as string;
  conversations.teamsChannel = await installed({
    platform: 'teams',
    channelId: '19:digitales@thread.tacv2',
    name: 'Ausschuss Digitales – Allgemein',
  });
  conversations.slackChannel = await installed({ platform: 'slack', channelId: 'C0PRESSE', name: 'presse' });
  conversations.direct = await installed({ platform: 'teams', channelId: 'a:direct-chat', kind: 'direct' });
  conversations.removed = await installed({
    platform: 'slack',
    channelId: 'C0ALT',
    name: 'alt',
    active: false,
  });
});
beforeEach(async () => {
  await ChannelBindingModel.deleteMany({});
});

const bindingsUrl = (committee = api.world.committeeA.id) =>
  `/api/v1/committees/${committee}/channel-bindings`;

describe('GET /api/v1/chat-conversations', () => {
  it('lists channels and group chats where the bot is installed and active, no personal chats', async () => {
    const res = await api.as.officeA.get('/api/v1/chat-conversations').expect(200);
    expect(res.body.items).toEqual([
      {
        id: conversations.slackChannel,
        platform: 'slack',
        tenantId: 'tenant-koeln',
        channelId: 'C0PRESSE',
        name: 'presse',
      },
      expect.objectContaining({ id: conversations.teamsChannel, name: 'Ausschuss Digitales – Allgemein' }),
    ]);
    await api.as.admin.get('/api/v1/chat-conversations').expect(200);
  });

  it('is refused to visitors (401) and to everyone but office and admin (403)', async () => {
    await api.as.public.get('/api/v1/chat-conversations').expect(401);
    for (const role of ['head', 'memberA', 'department'] as const)
      await api.as[role].get('/api/v1/chat-conversations').expect(403);
  });
});

describe('binding from the dashboard', () => {
  it('binds an installed conversation, lists it, and the chat side sees the same binding', async () => {
    const created = await api.as.officeA
      .post(bindingsUrl(), { conversationId: conversations.teamsChannel, confidentiality: 'confidential' })
      .expect(201);
    expect(created.body).toMatchObject({
      committeeId: api.world.committeeA.id,
      platform: 'teams',
      channelId: '19:digitales@thread.tacv2',
      channelName: 'Ausschuss Digitales – Allgemein',
      confidentiality: 'confidential',
    });
    const listed = await api.as.head.get(bindingsUrl()).expect(200);
    expect(listed.body.items).toEqual([created.body]);
    expect(await committeeDirectory.boundTo('teams', '19:digitales@thread.tacv2')).toEqual([
      { committeeId: api.world.committeeA.id, confidentiality: 'confidential' },
    ]);
  });

  it('binds by platform, tenant and channel id, and binding again changes the confidentiality', async () => {
    const channel = { platform: 'slack', tenantId: 'tenant-koeln', channelId: 'C0PRESSE' };
    const first = await api.as.admin
      .post(bindingsUrl(), { ...channel, confidentiality: 'confidential' })
      .expect(201);
    const again = await api.as.officeA
      .post(bindingsUrl(), { ...channel, confidentiality: 'public' })
      .expect(201);
    expect(again.body).toMatchObject({ id: first.body.id, confidentiality: 'public' });
    expect((await api.as.officeA.get(bindingsUrl()).expect(200)).body.items).toHaveLength(1);
  });

  it('refuses chats where the bot is not installed, personal chats and removed ones (422)', async () => {
    for (const conversationId of [conversations.direct, conversations.removed]) {
      const res = await api.as.officeA
        .post(bindingsUrl(), { conversationId, confidentiality: 'public' })
        .expect(422);
      expect(res.body.error.code).toBe('conversation_not_installed');
    }
    await api.as.officeA
      .post(bindingsUrl(), {
        platform: 'slack',
        tenantId: 'other-workspace',
        channelId: 'C0PRESSE',
        confidentiality: 'public',
      })
      .expect(422);
    expect(await ChannelBindingModel.countDocuments()).toBe(0);
  });

  it('validates the body', async () => {
    const bad = [
      {},
      { conversationId: conversations.teamsChannel },
      { conversationId: conversations.teamsChannel, confidentiality: 'geheim' },
      { conversationId: { $ne: null }, confidentiality: 'public' },
      { platform: 'irc', tenantId: 't', channelId: 'c', confidentiality: 'public' },
      { conversationId: conversations.teamsChannel, channelId: 'c', confidentiality: 'public' },
    ];
    for (const body of bad) await api.as.officeA.post(bindingsUrl(), body).expect(400);
    await api.as.officeA
      .post('/api/v1/committees/kein-gremium/channel-bindings', {
        conversationId: conversations.teamsChannel,
        confidentiality: 'public',
      })
      .expect(400);
  });

  it('lets only the office of that committee or an admin bind', async () => {
    const body = { conversationId: conversations.teamsChannel, confidentiality: 'public' };
    await api.as.public.post(bindingsUrl(), body).expect(401);
    for (const role of ['officeB', 'head', 'memberA', 'department'] as const)
      await api.as[role].post(bindingsUrl(), body).expect(403);
    expect(await ChannelBindingModel.countDocuments()).toBe(0);
  });

  it('answers 404 for a committee that does not exist', async () => {
    await api.as.admin
      .post(bindingsUrl('0123456789abcdef01234567'), {
        conversationId: conversations.teamsChannel,
        confidentiality: 'public',
      })
      .expect(404);
  });
});

describe('listing and unbinding', () => {
  const bind = async (conversationId: string, committee = api.world.committeeA.id) =>
    (
      await api.as.admin
        .post(bindingsUrl(committee), { conversationId, confidentiality: 'public' })
        .expect(201)
    ).body.id as string;

  it('shows a committee’s bindings to its office, heads and admins only', async () => {
    await bind(conversations.teamsChannel);
    for (const role of ['officeA', 'head', 'admin'] as const)
      expect((await api.as[role].get(bindingsUrl()).expect(200)).body.items).toHaveLength(1);
    await api.as.public.get(bindingsUrl()).expect(401);
    for (const role of ['officeB', 'memberA', 'department'] as const)
      await api.as[role].get(bindingsUrl()).expect(403);
  });

  it('unbinds one binding of the committee; the other committee’s binding of the channel stays', async () => {
    const idA = await bind(conversations.teamsChannel);
    await bind(conversations.teamsChannel, api.world.committeeB.id);
    await api.as.officeB.delete(`${bindingsUrl()}/${idA}`).expect(403);
    await api.as.officeA.delete(`${bindingsUrl(api.world.committeeB.id)}/${idA}`).expect(403);
    await api.as.admin.delete(`${bindingsUrl(api.world.committeeB.id)}/${idA}`).expect(404);
    await api.as.officeA.delete(`${bindingsUrl()}/${idA}`).expect(204);
    expect((await api.as.officeA.get(bindingsUrl()).expect(200)).body.items).toEqual([]);
    expect(await committeeDirectory.boundTo('teams', '19:digitales@thread.tacv2')).toEqual([
      { committeeId: api.world.committeeB.id, confidentiality: 'public' },
    ]);
    await api.as.officeA.delete(`${bindingsUrl()}/${idA}`).expect(404);
  });

  it('audits binding and unbinding with who, committee and channel', async () => {
    const created = await api.as.officeA
      .post(bindingsUrl(), { conversationId: conversations.slackChannel, confidentiality: 'confidential' })
      .set('X-Request-Id', 'req-bind')
      .expect(201);
    await api.as.officeA
      .delete(`${bindingsUrl()}/${created.body.id}`)
      .set('X-Request-Id', 'req-unbind')
      .expect(204);
    const bound = await AuditEventModel.findOne({ requestId: 'req-bind' }).lean();
    expect(bound).toMatchObject({
      action: 'create',
      entityType: 'ChannelBinding',
      entityId: created.body.id,
      summary: 'Kanal „presse“ an UA DiKO gebunden (vertraulich)',
      actor: { userId: api.world.users.officeA.id },
    });
    expect(String(bound?.organization)).toBe(api.world.committeeA.id);
    const unbound = await AuditEventModel.findOne({ requestId: 'req-unbind' }).lean();
    expect(unbound).toMatchObject({
      action: 'delete',
      entityType: 'ChannelBinding',
      entityId: created.body.id,
    });
  });
});
