import mongoose from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createMongoTeamsConversationStore,
  type TeamsConversationRecord,
} from '../../../bot/teams/conversation-store';
import { TeamsConversationModel } from '../../../server/store/models/teams-conversation';
import { startTestDatabase } from '../../support/database';

const general: TeamsConversationRecord = {
  conversationId: '19:general@thread.tacv2',
  type: 'channel',
  tenantId: 'tenant-1',
  teamId: '19:general@thread.tacv2',
  name: 'Digitalausschuss',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  botId: '28:bot',
};
const sessions: TeamsConversationRecord = {
  ...general,
  conversationId: '19:sitzungen@thread.tacv2',
  name: 'Sitzungen',
};

describe('Teams conversation references in MongoDB', () => {
  let db: Awaited<ReturnType<typeof startTestDatabase>>;
  const store = createMongoTeamsConversationStore();
  beforeAll(async () => {
    db = await startTestDatabase();
    await mongoose.connect(db.uri);
    await TeamsConversationModel.init();
  });
  afterAll(async () => {
    await mongoose.disconnect();
    await db.stop();
  });
  beforeEach(() => TeamsConversationModel.deleteMany({}));

  it('stores a reference on install and tells whether it was active before', async () => {
    expect(await store.activate(general)).toEqual({ wasActive: false });
    expect(await store.activate({ ...general, serviceUrl: 'https://smba.trafficmanager.net/de/' })).toEqual({
      wasActive: true,
    });
    expect(await store.find(general.conversationId)).toEqual({
      ...general,
      serviceUrl: 'https://smba.trafficmanager.net/de/',
      active: true,
    });
    expect(await TeamsConversationModel.countDocuments()).toBe(1);
  });

  it('deactivates on removal and reactivates on a new install', async () => {
    await store.activate(general);
    expect(await store.deactivate(general.conversationId)).toEqual({ wasActive: true });
    expect(await store.deactivate(general.conversationId)).toEqual({ wasActive: false });
    const removed = await TeamsConversationModel.findOne({ conversationId: general.conversationId }).lean();
    expect(removed).toMatchObject({ active: false });
    expect(removed?.removedAt).toBeInstanceOf(Date);
    expect(await store.activate(general)).toEqual({ wasActive: false });
    expect((await store.find(general.conversationId))?.active).toBe(true);
  });

  it('deactivates every channel of a team when the bot leaves the team', async () => {
    await store.activate(general);
    await store.activate(sessions);
    await store.activate({
      ...general,
      conversationId: '19:other@thread.tacv2',
      teamId: '19:other-team@thread.tacv2',
    });
    const removed = await store.deactivateTeam(general.teamId!);
    expect(removed.map((record) => record.conversationId).sort()).toEqual(
      [general.conversationId, sessions.conversationId].sort(),
    );
    expect((await store.find('19:other@thread.tacv2'))?.active).toBe(true);
    expect((await store.find(sessions.conversationId))?.active).toBe(false);
  });
});
