import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/oauth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mongoInstallationStore } from '../../../server/store/chat/slack-installation-store';
import { seal, unseal } from '../../../server/store/chat/token-crypto';
import { installedTokens } from '../../../bot/slack/tokens';
import { SlackInstallationModel } from '../../../server/store/models/slack-installation';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';

let db: { stop: () => Promise<void> };
const key = randomBytes(32);

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(clearDatabase);

function installation(teamId: string, token: string): Installation<'v2', false> {
  return {
    team: { id: teamId, name: 'Stadt Köln' },
    enterprise: undefined,
    user: { id: 'UINSTALLER', token: undefined, scopes: undefined },
    bot: { id: 'B1', userId: 'UBOT', token, scopes: ['chat:write'] },
    tokenType: 'bot',
    isEnterpriseInstall: false,
    appId: 'A1',
    authVersion: 'v2',
  };
}

describe('Slack installations', () => {
  it('seals with AES-256-GCM: round trip, random IV, tampering detected, wrong key refused', () => {
    const a = seal('xoxb-secret', key);
    expect(a).not.toBe(seal('xoxb-secret', key));
    expect(unseal(a, key)).toBe('xoxb-secret');
    const [iv, tag, data] = a.split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => unseal([iv, tag, flipped.toString('base64url')].join('.'), key)).toThrow();
    expect(() => unseal(a, randomBytes(32))).toThrow();
  });

  it('stores installations of several workspaces encrypted and serves their bot tokens', async () => {
    const store = mongoInstallationStore(key);
    await store.storeInstallation(installation('T1', 'xoxb-one'));
    await store.storeInstallation(installation('T2', 'xoxb-two'));
    await store.storeInstallation(installation('T1', 'xoxb-one-reinstalled'));
    const raw = JSON.stringify(await SlackInstallationModel.find().lean());
    expect(raw).not.toContain('xoxb-');
    expect(await SlackInstallationModel.countDocuments()).toBe(2);
    const tokens = installedTokens(store);
    expect((await tokens('T1')).botToken).toBe('xoxb-one-reinstalled');
    expect(await tokens('T2')).toMatchObject({ botToken: 'xoxb-two', botUserId: 'UBOT' });
    await store.deleteInstallation?.({ teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(tokens('T2')).rejects.toThrow('no Slack installation');
  });
});
