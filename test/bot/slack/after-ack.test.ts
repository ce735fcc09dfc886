import { describe, expect, it } from 'vitest';
import { AckFirstQueue } from '../../../bot/slack/after-ack';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function queue(options: ConstructorParameters<typeof AckFirstQueue>[1] = {}) {
  const errors: unknown[] = [];
  return { queue: new AckFirstQueue((err) => errors.push(err), options), errors };
}

describe('work after the ack', () => {
  it('waits while a request is unanswered, then until no request arrived for a while', async () => {
    const { queue: q } = queue({ quietMs: 30, maxDelayMs: 5_000 });
    const first = q.arrived();
    const ran: string[] = [];
    q.run(async () => void ran.push('answer'));
    await sleep(60);
    expect(ran).toEqual([]);
    first();
    q.arrived()();
    await sleep(5);
    expect(ran).toEqual([]);
    await sleep(60);
    expect(ran).toEqual(['answer']);
  });

  it('starts work that waited too long even while requests keep coming', async () => {
    const { queue: q } = queue({ quietMs: 20, maxDelayMs: 50 });
    q.arrived();
    const ran: string[] = [];
    q.run(async () => void ran.push('answer'));
    await sleep(100);
    expect(ran).toEqual(['answer']);
  });

  it('runs at most `limit` at a time and reports failures', async () => {
    const { queue: q, errors } = queue({ limit: 2, quietMs: 0 });
    let running = 0;
    let most = 0;
    const work = async () => {
      running++;
      most = Math.max(most, running);
      await sleep(10);
      running--;
    };
    for (let i = 0; i < 6; i++) q.run(work);
    q.run(async () => {
      throw new Error('listener failed');
    });
    await sleep(100);
    expect(most).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
