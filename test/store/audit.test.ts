import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, type AuditEntry } from '../../server/store/audit';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { startTestDatabase } from '../support/database';

let db: Awaited<ReturnType<typeof startTestDatabase>>;

beforeAll(async () => {
  db = await startTestDatabase();
  await mongoose.connect(db.uri);
});

afterAll(async () => {
  await mongoose.disconnect();
  await db.stop();
});

const entry = (n: number): AuditEntry => ({
  actor: {
    kind: 'user',
    userId: 'u1',
    displayName: 'Amtsleitung',
    roles: [],
    officeCommitteeIds: [],
    memberCommitteeIds: [],
  },
  action: 'read',
  entityType: 'OpenItems',
  summary: `Lesen ${n}`,
  requestId: `r${n}`,
});

describe('the audit log writer', () => {
  it('stores every entry of many requests at once before any of them is answered', async () => {
    const written = await Promise.all(
      Array.from({ length: 40 }, async (_, n) => {
        await recordAudit(entry(n));
        return AuditEventModel.exists({ requestId: `r${n}` });
      }),
    );
    expect(written.every(Boolean)).toBe(true);
    expect(await AuditEventModel.countDocuments({ entityType: 'OpenItems' })).toBe(40);
  });

  it('refuses an invalid entry alone, the others of its batch are stored', async () => {
    const results = await Promise.allSettled([
      recordAudit(entry(100)),
      recordAudit({ ...entry(101), action: 'peek' as AuditEntry['action'] }),
      recordAudit(entry(102)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await AuditEventModel.countDocuments({ requestId: { $in: ['r100', 'r101', 'r102'] } })).toBe(2);
  });
});
