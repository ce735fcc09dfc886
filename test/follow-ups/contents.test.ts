import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runFollowUpDigest } from '../../server/domain/follow-ups/digest';
import { runFollowUpReminders } from '../../server/domain/follow-ups/reminders';
import { reviseFollowUp } from '../../server/domain/follow-ups/revise';
import { berlin } from '../../server/domain/time/berlin';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { PersonModel } from '../../server/store/models/person';
import { UserModel } from '../../server/store/models/user';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import {
  controlledClock,
  instanceDeps,
  seedFollowUpWorld,
  storedFollowUp,
  type FollowUpWorld,
} from './support/world';

let db: { stop: () => Promise<void> };
let world: FollowUpWorld;
const time = controlledClock(berlin(2026, 2, 20, 9, 0));

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  world = await seedFollowUpWorld();
  time.state.now = berlin(2026, 2, 20, 9, 0);
});

async function sent(keyPart: string) {
  return (await OutboxMessageModel.find().lean()).filter((entry) => entry.key.includes(keyPart));
}

describe('reminder contents', () => {
  it('tells the owner what is due when, with the buttons Erledigt and Neue Frist beantragen', async () => {
    const followUp = await storedFollowUp(world, { dueDate: berlin(2026, 3, 10), createdAt: time.state.now });
    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 3, 8, 15));
    const [reminder] = await sent(':reminder:7d:');
    expect(reminder?.target).toMatchObject({ platform: 'slack', channelId: 'UOWNER', kind: 'direct' });
    expect(reminder?.message).toMatchObject({
      title: 'Erinnerung: Prüfauftrag fällig am 10.03.2026',
      text: '„Glasfaser in Schulen prüfen“ (UA DiKO) ist in 7 Tagen fällig.',
      facts: [
        { label: 'Gremium', value: 'UA DiKO' },
        { label: 'Art', value: 'Prüfauftrag' },
        { label: 'Zuständig', value: 'Herr Rossbach' },
        { label: 'Frist', value: '10.03.2026' },
        { label: 'Sitzung', value: '5. Sitzung des Unterausschusses vom 18.11.2019, TOP 2' },
      ],
      buttons: [
        {
          actionId: 'followUp.close',
          label: 'Erledigt',
          value: { followUpId: followUp.id },
          style: 'primary',
        },
        {
          actionId: 'followUp.requestDueDate',
          label: 'Neue Frist beantragen',
          value: { followUpId: followUp.id },
        },
      ],
      context: 'Bitte melden Sie den Auftrag als erledigt oder beantragen Sie eine neue Frist.',
      fallbackText: 'Erinnerung: „Glasfaser in Schulen prüfen“ ist am 10.03.2026 fällig.',
    });

    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 9, 8, 0));
    const [dayBefore] = await sent(':reminder:1d:');
    expect(dayBefore?.message.text).toBe('„Glasfaser in Schulen prüfen“ (UA DiKO) ist morgen fällig.');
  });

  it('reminds afresh for a new due date and escalates again only after it', async () => {
    const followUp = await storedFollowUp(world, { dueDate: berlin(2026, 3, 10), createdAt: time.state.now });
    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 3, 9, 0));
    time.state.now = berlin(2026, 3, 4, 9, 0);
    const officePrincipal = {
      kind: 'user' as const,
      userId: world.officeUser.id,
      displayName: 'Frau Schmitz',
      roles: ['office' as const],
      officeCommitteeIds: [world.committee.id],
      memberCommitteeIds: [],
    };
    await reviseFollowUp(instanceDeps(time.clock), officePrincipal, followUp.id, {
      dueDate: berlin(2026, 3, 20),
    });
    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 11, 9, 0));
    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 13, 9, 0));
    expect((await OutboxMessageModel.find().lean()).map((e) => e.key).sort()).toEqual([
      `dm:follow-up:${followUp.id}:reminder:7d:2026-03-10:slack:UOWNER`,
      `dm:follow-up:${followUp.id}:reminder:7d:2026-03-20:slack:UOWNER`,
    ]);
  });

  it('skips the 7-day reminder of an item recorded 3 days before its due date', async () => {
    await storedFollowUp(world, { dueDate: berlin(2026, 3, 10), createdAt: berlin(2026, 3, 7, 10, 0) });
    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 8, 10, 0));
    expect(await OutboxMessageModel.countDocuments()).toBe(0);
    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 9, 8, 0));
    expect((await OutboxMessageModel.find().lean()).map((e) => e.key)).toEqual([
      expect.stringMatching(/:reminder:1d:2026-03-10:slack:UOWNER$/),
    ]);
  });
});

describe('escalation', () => {
  it('tells the office heads covering the committee once, the morning after the due day, and marks it', async () => {
    const scopedElsewhere = await PersonModel.create({
      body: world.body._id,
      name: 'Frau Berg',
      familyName: 'Berg',
      chatIdentities: [{ platform: 'slack', userId: 'UOTHERHEAD', tenantId: 'T1' }],
    });
    await UserModel.create({
      username: 'head-adi',
      displayName: 'Frau Berg',
      roles: ['head'],
      officeCommitteeIds: [world.other._id],
      person: scopedElsewhere._id,
    });
    const followUp = await storedFollowUp(world, {
      dueDate: berlin(2026, 3, 10),
      createdAt: time.state.now,
      ownerPerson: undefined,
      ownerDepartment: 'Amt 12',
      kind: 'zusage',
      title: 'WLAN-Standorte tagesaktuell darstellen',
    });
    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 11, 7, 59));
    expect(await sent(':escalation:')).toHaveLength(0);

    const at = berlin(2026, 3, 11, 8, 0);
    await Promise.all([
      runFollowUpReminders(instanceDeps(time.clock), at),
      runFollowUpReminders(instanceDeps(time.clock), at),
    ]);
    await runFollowUpReminders(instanceDeps(time.clock), berlin(2026, 3, 12, 8, 0));
    const escalations = await sent(':escalation:');
    expect(escalations.map((e) => e.key)).toEqual([
      `dm:follow-up:${followUp.id}:escalation:2026-03-10:slack:UHEAD`,
    ]);
    expect(escalations[0]?.message).toMatchObject({
      title: 'Überfällig: Zusage im UA DiKO',
      text: '„WLAN-Standorte tagesaktuell darstellen“ war am 10.03.2026 fällig und ist seit 1 Tag(en) überfällig.',
      facts: expect.arrayContaining([{ label: 'Zuständig', value: 'Amt 12' }]),
      fallbackText:
        'Überfällig: „WLAN-Standorte tagesaktuell darstellen“ (UA DiKO) war am 10.03.2026 fällig.',
    });
    expect((await FollowUpModel.findById(followUp._id).lean())?.escalatedAt).toEqual(at);
    expect(await AuditEventModel.countDocuments({ entityId: followUp.id, action: 'update' })).toBe(1);
  });
});

describe('weekly digest', () => {
  it('goes to each owner and to the confidential channel only, once per ISO week', async () => {
    await storedFollowUp(world, { dueDate: berlin(2026, 3, 6), createdAt: time.state.now });
    await storedFollowUp(world, {
      dueDate: berlin(2026, 3, 20),
      createdAt: time.state.now,
      public: false,
      ownerPerson: undefined,
      ownerDepartment: 'Amt 12',
      kind: 'arbeitsauftrag',
      title: 'Vertragsstrafe Rechenzentrum klären',
    });
    await storedFollowUp(world, {
      dueDate: berlin(2026, 3, 1),
      createdAt: time.state.now,
      status: 'erledigt',
      title: 'Schon erledigt',
    });
    const monday = berlin(2026, 3, 9, 8, 0);
    await Promise.all([
      runFollowUpDigest(instanceDeps(time.clock), monday),
      runFollowUpDigest(instanceDeps(time.clock), monday),
    ]);
    await runFollowUpDigest(instanceDeps(time.clock), berlin(2026, 3, 12, 15, 0));
    const keys = (await OutboxMessageModel.find().lean()).map((e) => e.key).sort();
    expect(keys).toEqual(
      [
        'dm:follow-up-digest:2026-W11:owner:slack:UOWNER',
        'dm:follow-up-digest:2026-W11:owner:slack:UCOLLEAGUE',
        `follow-up-digest:2026-W11:committee:${world.committee.id}:slack:CCONF`,
      ].sort(),
    );
    const [owner] = await sent('owner:slack:UOWNER');
    expect(owner?.message).toMatchObject({
      title: 'Ihre offenen Aufträge – KW 11/2026',
      text: '2 offene Aufträge, davon 1 überfällig.',
      sections: [
        {
          heading: 'UA DiKO',
          lines: [
            '**Prüfauftrag** „Glasfaser in Schulen prüfen“ – fällig 06.03.2026 (überfällig)',
            '**Arbeitsauftrag** „Vertragsstrafe Rechenzentrum klären“ – fällig 20.03.2026',
          ],
        },
      ],
    });
    const [channel] = await sent(':CCONF');
    expect(channel?.message).toMatchObject({
      title: 'Offene Beschlüsse, Prüf- und Arbeitsaufträge UA DiKO – KW 11/2026',
      text: '2 offene Aufträge, davon 1 überfällig.',
      sections: [
        {
          lines: [
            '**Prüfauftrag** „Glasfaser in Schulen prüfen“ – fällig 06.03.2026, zuständig: Herr Rossbach (überfällig)',
            '**Arbeitsauftrag** „Vertragsstrafe Rechenzentrum klären“ – fällig 20.03.2026, zuständig: Amt 12 [nichtöffentlich]',
          ],
        },
      ],
    });
    expect(JSON.stringify(await OutboxMessageModel.find().lean())).not.toContain('CPUB');

    await runFollowUpDigest(instanceDeps(time.clock), berlin(2026, 3, 16, 8, 0));
    expect(await sent('2026-W12')).toHaveLength(3);
  });

  it('before Monday 08:00 still belongs to the previous week', async () => {
    await storedFollowUp(world, { dueDate: berlin(2026, 3, 20), createdAt: time.state.now });
    const result = await runFollowUpDigest(instanceDeps(time.clock), berlin(2026, 3, 9, 7, 59));
    expect(result.week).toBe('2026-W10');
  });
});
