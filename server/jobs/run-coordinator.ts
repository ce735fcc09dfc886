import { randomUUID } from 'node:crypto';
import { RunLeaseModel } from '../store/models/run-lease';
import { isDuplicateKey } from './outbox/process-once';

export interface RunContext {
  /** When this run last completed anywhere (undefined the first time): for catching up missed periods. */
  lastCompletedAt?: Date;
  now: Date;
}

/**
 * Makes a named job run on one instance at a time, through a lease document in MongoDB. A holder
 * that crashes loses the lease when it expires. Jobs must still be idempotent: a lease that
 * expires mid-run lets another instance start.
 */
export class RunCoordinator {
  readonly holder: string;

  constructor(
    private readonly clock: () => Date = () => new Date(),
    holder?: string,
  ) {
    this.holder = holder ?? `run-${randomUUID()}`;
  }

  /** Runs `job` if no other instance holds `name`; false when it was skipped. */
  async runExclusive(
    name: string,
    job: (context: RunContext) => Promise<void>,
    leaseMs = 5 * 60_000,
  ): Promise<boolean> {
    const now = this.clock();
    const lease = await this.acquire(name, now, leaseMs);
    if (!lease) return false;
    try {
      await job({ now, lastCompletedAt: lease.lastCompletedAt ?? undefined });
      await RunLeaseModel.updateOne(
        { name, holder: this.holder },
        { $set: { lastCompletedAt: now, leaseUntil: new Date(0) }, $unset: { holder: 1 } },
      );
    } catch (err) {
      await RunLeaseModel.updateOne(
        { name, holder: this.holder },
        { $set: { leaseUntil: new Date(0) }, $unset: { holder: 1 } },
      );
      throw err;
    }
    return true;
  }

  private async acquire(
    name: string,
    now: Date,
    leaseMs: number,
  ): Promise<{ lastCompletedAt?: Date | null } | null> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const taken = await RunLeaseModel.findOneAndUpdate(
      { name, leaseUntil: { $lte: now } },
      { $set: { holder: this.holder, leaseUntil } },
      { returnDocument: 'after' },
    ).lean();
    if (taken) return taken;
    try {
      await RunLeaseModel.create({ name, holder: this.holder, leaseUntil });
      return {};
    } catch (err) {
      if (isDuplicateKey(err)) return null;
      throw err;
    }
  }
}
