import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RunCoordinator } from '../../server/jobs/run-coordinator';
import { processOnce } from '../../server/jobs/outbox/process-once';
import { clearDatabase, connectTestDatabase } from './support/connect';

let db: { stop: () => Promise<void> };
let now: Date;
const clock = () => now;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  now = new Date('2026-03-01T09:00:00Z');
});

describe('RunCoordinator', () => {
  it('lets only one instance run a named job at a time', async () => {
    const a = new RunCoordinator(clock, 'a');
    const b = new RunCoordinator(clock, 'b');
    const ran: string[] = [];
    let release!: () => void;
    const running = a.runExclusive('reminders', async () => {
      ran.push('a');
      await new Promise<void>((r) => (release = r));
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(await b.runExclusive('reminders', async () => void ran.push('b'))).toBe(false);
    release();
    expect(await running).toBe(true);
    expect(await b.runExclusive('reminders', async () => void ran.push('b'))).toBe(true);
    expect(ran).toEqual(['a', 'b']);
  });

  it('takes over the lease of a crashed holder once it expired, and tells when the job last completed', async () => {
    const a = new RunCoordinator(clock, 'a');
    await a.runExclusive('job', async () => {});
    const completed = now;
    now = new Date(now.getTime() + 60_000);
    const crashed = new RunCoordinator(clock, 'crashed');
    void crashed.runExclusive('job', () => new Promise(() => {}), 10_000);
    await new Promise((r) => setTimeout(r, 50));
    const b = new RunCoordinator(clock, 'b');
    expect(await b.runExclusive('job', async () => {})).toBe(false);
    now = new Date(now.getTime() + 10_001);
    let seen: Date | undefined;
    expect(await b.runExclusive('job', async ({ lastCompletedAt }) => void (seen = lastCompletedAt))).toBe(
      true,
    );
    expect(seen).toEqual(completed);
  });

  it('releases the lease when the job fails', async () => {
    const a = new RunCoordinator(clock, 'a');
    await expect(a.runExclusive('job', async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(await new RunCoordinator(clock, 'b').runExclusive('job', async () => {})).toBe(true);
  });
});

describe('processOnce', () => {
  it('acts once per key, also when called concurrently', async () => {
    let count = 0;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => processOnce('slack:event:Ev1', async () => ++count)),
    );
    expect(count).toBe(1);
    expect(results.filter((r) => r.done)).toHaveLength(1);
  });

  it('lets a redelivery try again when the first attempt failed', async () => {
    await expect(
      processOnce('teams:act1', async () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow();
    expect(await processOnce('teams:act1', async () => 'ok')).toEqual({ done: true, result: 'ok' });
    expect(await processOnce('teams:act1', async () => 'again')).toEqual({ done: false });
  });
});
