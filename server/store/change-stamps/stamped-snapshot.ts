import type { StampName } from './change-stamp-model';
import { currentTransaction, readStamp } from './stamps';

/**
 * A value built from the database, kept in memory while the stamp it was built under is current.
 * Every use reads the stamp (one small query, shared by the requests that ask at the same time),
 * so a write acknowledged anywhere, by any instance, is seen by the next request. The stamp is read
 * before the build, so a snapshot is never older than its token. Inside a transaction the value
 * is built afresh: the transaction may have changed what it depends on.
 */
export class StampedSnapshot<T> {
  private current: { token: string; value: T } | undefined;
  private building: { token: string; value: Promise<T> } | undefined;

  constructor(
    private readonly stamp: StampName,
    private readonly build: () => Promise<T>,
  ) {}

  async get(): Promise<T> {
    if (currentTransaction()) return this.build();
    const token = await readStamp(this.stamp);
    if (this.current?.token === token) return this.current.value;
    if (this.building?.token === token) return this.building.value;
    const value = this.build();
    const building = { token, value };
    this.building = building;
    try {
      const built = await value;
      if (this.building === building) this.current = { token, value: built };
      return built;
    } finally {
      if (this.building === building) this.building = undefined;
    }
  }
}

/** Freezes a snapshot's records all the way down: callers share them and must not change them. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
