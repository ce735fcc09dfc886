import { describe, expect, it } from 'vitest';
import { SyncPlacement } from '../../server/mongo-embedded/storage/sync-placement';

function placement(inlineSyncMaxMs = 1): SyncPlacement {
  return new SyncPlacement({ inlineSyncMaxMs, fastSyncsToGoInline: 3, inlineWriteMaxBytes: 1000 });
}

function recordFast(target: SyncPlacement, count: number): void {
  for (let i = 0; i < count; i++) target.recordSync(0.2);
}

describe('sync placement', () => {
  it('syncs inline once the disk has proven fast', () => {
    const target = placement();
    recordFast(target, 2);
    expect(target.shouldSyncInline(100)).toBe(false);
    recordFast(target, 1);
    expect(target.shouldSyncInline(100)).toBe(true);
  });

  it('leaves large writes to the thread pool', () => {
    const target = placement();
    recordFast(target, 5);
    expect(target.shouldSyncInline(1001)).toBe(false);
  });

  it('stops syncing inline after one slow sync until a run of fast syncs', () => {
    const target = placement();
    recordFast(target, 5);
    target.recordSync(4);
    expect(target.shouldSyncInline(100)).toBe(false);
    recordFast(target, 2);
    expect(target.shouldSyncInline(100)).toBe(false);
    recordFast(target, 1);
    expect(target.shouldSyncInline(100)).toBe(true);
  });

  it('never syncs inline when switched off', () => {
    const target = placement(0);
    recordFast(target, 10);
    expect(target.shouldSyncInline(100)).toBe(false);
  });
});
