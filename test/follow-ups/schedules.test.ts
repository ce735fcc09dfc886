import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runFollowUpReminders } from '../../server/domain/follow-ups/reminders';
import { berlin } from '../../server/domain/time/berlin';
import { startFollowUpDigest } from '../../server/jobs/follow-up-digest';
import { FOLLOW_UP_REMINDERS_JOB, startFollowUpReminders } from '../../server/jobs/follow-up-reminders';
import { RunCoordinator } from '../../server/jobs/run-coordinator';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { RunLeaseModel } from '../../server/store/models/run-lease';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import {
  controlledClock,
  instanceDeps,
  seedFollowUpWorld,
  storedFollowUp,
  type FollowUpWorld,
} from './support/world';

const logger = pino({ level: 'silent' });
let db: { stop: () => Promise<void> };
let world: FollowUpWorld;
let time: ReturnType<typeof controlledClock>;
let personal: string;
let department: string;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  world = await seedFollowUpWorld();
  time = controlledClock(berlin(2026, 2, 20, 9, 0));
  const dueDate = berlin(2026, 3, 10);
  personal = (await storedFollowUp(world, { dueDate, createdAt: time.state.now })).id;
  department = (
    await storedFollowUp(world, {
      dueDate,
      createdAt: time.state.now,
      title: 'Vergabevermerk nachreichen',
      ownerPerson: undefined,
      ownerDepartment: 'Amt 12',
    })
  ).id;
});

/** One app instance: its own deps and RunCoordinator on the shared database and clock. */
function instance(holder: string) {
  const deps = instanceDeps(time.clock);
  const coordinator = new RunCoordinator(time.clock, holder);
  return {
    deps,
    coordinator,
    run: () =>
      coordinator.runExclusive(FOLLOW_UP_REMINDERS_JOB, ({ now }) =>
        runFollowUpReminders(deps, now).then(() => undefined),
      ),
    start: () => startFollowUpReminders({ deps, coordinator, logger, schedule: '0 0 1 1 *' }),
  };
}

async function outboxKeys(): Promise<string[]> {
  return (await OutboxMessageModel.find().lean()).map((entry) => entry.key).sort();
}

const sevenDayKeys = () =>
  [
    `dm:follow-up:${department}:reminder:7d:2026-03-10:slack:UCOLLEAGUE`,
    `dm:follow-up:${department}:reminder:7d:2026-03-10:slack:UOWNER`,
    `dm:follow-up:${personal}:reminder:7d:2026-03-10:slack:UOWNER`,
  ].sort();

describe('follow-up reminders on two instances', () => {
  it('queues each reminder once when both run concurrently and then one after the other', async () => {
    time.state.now = berlin(2026, 3, 3, 8, 30);
    const a = instance('app-a');
    const b = instance('app-b');
    const concurrent = await Promise.all([a.run(), b.run(), a.run(), b.run()]);
    expect(concurrent.filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect(await a.run()).toBe(true);
    expect(await b.run()).toBe(true);
    expect(await outboxKeys()).toEqual(sevenDayKeys());

    time.state.now = berlin(2026, 3, 9, 8, 0);
    await Promise.all([a.run(), b.run()]);
    await b.run();
    const keys = await outboxKeys();
    expect(keys).toHaveLength(6);
    expect(keys.filter((key) => key.includes(':reminder:1d:2026-03-10:'))).toHaveLength(3);
    for (const key of new Set(keys)) expect(keys.filter((k) => k === key)).toHaveLength(1);
  });

  it('loses and doubles nothing when a run breaks off after queuing part of it', async () => {
    time.state.now = berlin(2026, 3, 3, 9, 0);
    let enqueues = 0;
    const healthy = instanceDeps(time.clock);
    const breaksOff = {
      ...healthy.outbox,
      enqueue: async (items: Parameters<typeof healthy.outbox.enqueue>[0]) => {
        enqueues += 1;
        if (enqueues > 1) throw new Error('Prozess beendet');
        return healthy.outbox.enqueue(items);
      },
    };
    const crashing = instanceDeps(time.clock, {
      outbox: breaksOff,
      direct: { ...healthy.direct, outbox: breaksOff },
    });
    const a = new RunCoordinator(time.clock, 'app-a');
    await expect(
      a.runExclusive(FOLLOW_UP_REMINDERS_JOB, ({ now }) =>
        runFollowUpReminders(crashing, now).then(() => undefined),
      ),
    ).rejects.toThrow('Prozess beendet');
    expect(await outboxKeys()).toHaveLength(1);
    expect(
      (await RunLeaseModel.findOne({ name: FOLLOW_UP_REMINDERS_JOB }).lean())?.lastCompletedAt,
    ).toBeUndefined();

    const restarted = instance('app-a-restarted');
    expect(await restarted.run()).toBe(true);
    expect(await instance('app-b').run()).toBe(true);
    expect(await outboxKeys()).toEqual(sevenDayKeys());
  });

  it('catches up at start a reminder whose moment passed while no instance ran', async () => {
    time.state.now = berlin(2026, 3, 2, 12, 0);
    const first = instance('app-a').start();
    expect(await first.caughtUp).toBe(true);
    await first.stop();
    expect(await outboxKeys()).toEqual([]);

    time.state.now = berlin(2026, 3, 5, 10, 0);
    const again = instance('app-b').start();
    expect(await again.caughtUp).toBe(true);
    await again.stop();
    expect(await outboxKeys()).toEqual(sevenDayKeys());
    expect((await RunLeaseModel.findOne({ name: FOLLOW_UP_REMINDERS_JOB }).lean())?.lastCompletedAt).toEqual(
      berlin(2026, 3, 5, 10, 0),
    );
  });

  it('lets another instance take over when the holder’s lease expires', async () => {
    time.state.now = berlin(2026, 3, 3, 9, 0);
    const a = instance('app-a');
    const b = instance('app-b');
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hanging = a.coordinator.runExclusive(FOLLOW_UP_REMINDERS_JOB, async ({ now }) => {
      await stuck;
      await runFollowUpReminders(a.deps, now);
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(await b.run()).toBe(false);
    expect(await outboxKeys()).toEqual([]);

    time.state.now = new Date(time.state.now.getTime() + 5 * 60_000 + 1);
    expect(await b.run()).toBe(true);
    expect(await outboxKeys()).toEqual(sevenDayKeys());

    release();
    expect(await hanging).toBe(true);
    expect(await outboxKeys()).toEqual(sevenDayKeys());
  });

  it('sends the weekly digest once per week from two instances, also when caught up on Wednesday', async () => {
    time.state.now = berlin(2026, 3, 11, 10, 0);
    const start = (holder: string) =>
      startFollowUpDigest({
        deps: instanceDeps(time.clock),
        coordinator: new RunCoordinator(time.clock, holder),
        logger,
        schedule: '0 0 1 1 *',
      });
    const a = start('app-a');
    const b = start('app-b');
    await Promise.all([a.caughtUp, b.caughtUp, a.runNow(), b.runNow()]);
    await Promise.all([a.stop(), b.stop()]);
    expect(await outboxKeys()).toEqual(
      [
        'dm:follow-up-digest:2026-W11:owner:slack:UCOLLEAGUE',
        'dm:follow-up-digest:2026-W11:owner:slack:UOWNER',
        `follow-up-digest:2026-W11:committee:${world.committee.id}:slack:CCONF`,
      ].sort(),
    );
  });
});
