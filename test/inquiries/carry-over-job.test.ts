import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileInquiry } from '../../server/domain/inquiries/filing';
import { acceptInquiry } from '../../server/domain/inquiries/transitions';
import { startInquiryCarryOver } from '../../server/jobs/inquiry-carry-over';
import { RunCoordinator } from '../../server/jobs/run-coordinator';
import { MeetingModel } from '../../server/store/models/meeting';
import { mongoRepositories } from '../../server/store/repositories/index';
import { connectTestDatabase } from '../jobs/support/connect';
import { buildCommittees, memberOf, NOW, principalFor, testDeps } from './support/fixture';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
beforeAll(async () => {
  database = await connectTestDatabase();
});
afterAll(() => database.stop());

const logger = { info: () => undefined, error: () => undefined };

describe('inquiry carry-over job', () => {
  it('catches up at start and, with two instances, places the Anfrage once', async () => {
    const c = await buildCommittees();
    const env = testDeps();
    const filed = await fileInquiry(
      env.deps,
      memberOf(c, c.aachen),
      {
        committeeId: c.committeeA,
        meetingId: c.meeting1,
        subject: 'WLAN in Schulen',
        text: 'Wie ist der Sachstand?',
        kind: 'schriftlich',
        requestId: 'job-1',
      },
      NOW,
    );
    expect(filed.status).toBe('filed');
    if (filed.status !== 'filed') return;
    await acceptInquiry(
      env.deps,
      principalFor(['office'], { officeCommitteeIds: [c.committeeA] }),
      filed.inquiry.id,
      NOW,
    );
    const clock = () => new Date('2026-06-09T06:15:00+02:00');
    const { meetings, committees, papers } = mongoRepositories();
    const job = (instance: string) =>
      startInquiryCarryOver({
        deps: env.deps,
        agenda: { meetings, committees, papers },
        clock,
        coordinator: new RunCoordinator(clock, instance),
        logger,
        schedule: '0 0 1 1 *',
      });
    const a = job('a');
    const b = job('b');
    await Promise.all([a.caughtUp, b.caughtUp, a.runNow(), b.runNow()]);
    await Promise.all([a.stop(), b.stop()]);
    const meeting = await MeetingModel.findById(c.meeting2).lean();
    expect(
      meeting?.agendaItems.filter((i) => i.name.startsWith('Anfrage ')).map((i) => `${i.number} ${i.name}`),
    ).toEqual(['3.1 Anfrage AN/0001/2026: WLAN in Schulen']);
  });
});
