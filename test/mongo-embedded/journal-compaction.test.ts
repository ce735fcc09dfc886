import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from 'bson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DataCorruptionError,
  openFilePersistence,
  type CompactionStep,
  type FilePersistence,
  type FilePersistenceOptions,
} from '../../server/mongo-embedded/storage/file-persistence';
import type { Mutation } from '../../server/mongo-embedded/storage/persistence';
import { loadAll, makeTempDir, put, replayDocuments, snapshotOf } from './fixtures/persistence-helpers';

let temp: { dir: string; remove(): Promise<void> };
const opened: FilePersistence[] = [];
const copies: string[] = [];

async function open(dir = temp.dir, options: FilePersistenceOptions = {}): Promise<FilePersistence> {
  const persistence = await openFilePersistence(dir, { log: () => undefined, ...options });
  opened.push(persistence);
  return persistence;
}

beforeEach(async () => {
  temp = await makeTempDir();
});

afterEach(async () => {
  for (const persistence of opened.splice(0)) await persistence.close();
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
  await temp.remove();
});

/** Copies the directory as a crash at this moment would leave it (without the lock, whose owner is gone). */
function copyDirectory(): string {
  const copy = mkdtempSync(join(tmpdir(), 'journal-crash-copy-'));
  copies.push(copy);
  cpSync(temp.dir, copy, { recursive: true, filter: (source) => !source.endsWith('mongod.lock') });
  return copy;
}

function dataFiles(dir = temp.dir): string[] {
  return readdirSync(dir)
    .filter((name) => name !== 'mongod.lock')
    .sort();
}

/** Updates `count` documents `rounds` times, one commit per update, tracking the expected state. */
async function churn(
  persistence: FilePersistence,
  state: Map<unknown, Document>,
  count: number,
  rounds: number,
) {
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      Array.from({ length: count }, (_, id) => {
        const doc = { _id: id, round, text: `value ${id}/${round} `.repeat(5) };
        state.set(id, doc);
        return persistence.commit([put('items', doc)]);
      }),
    );
  }
}

const SMALL_THRESHOLDS: FilePersistenceOptions = { minJournalBytes: 20_000, journalToSnapshotRatio: 2 };

describe('file persistence: compaction', () => {
  it('asks for compaction once the journal outgrows the thresholds', async () => {
    const persistence = await open(temp.dir, SMALL_THRESHOLDS);
    const state = new Map<unknown, Document>();
    expect(persistence.needsCompaction()).toBe(false);
    await churn(persistence, state, 50, 10);
    expect(persistence.needsCompaction()).toBe(true);
    await persistence.compact(snapshotOf(state));
    expect(persistence.needsCompaction()).toBe(false);
    expect(persistence.stats()).toMatchObject({ compactions: 1, generation: 2, journalBytes: 0 });
  });

  it('asks for compaction beyond maxJournalBytes whatever the snapshot size', async () => {
    const persistence = await open(temp.dir, { maxJournalBytes: 10_000, journalToSnapshotRatio: 1000 });
    await churn(persistence, new Map(), 20, 5);
    expect(persistence.needsCompaction()).toBe(true);
  });

  it('reloads the same state from snapshot and journal, and removes the old files', async () => {
    const state = new Map<unknown, Document>();
    const persistence = await open(temp.dir, SMALL_THRESHOLDS);
    await churn(persistence, state, 40, 5);
    await persistence.compact(snapshotOf(state, 7));
    await churn(persistence, state, 10, 2);
    expect(dataFiles()).toEqual(['journal-000002.wal', 'snapshot-000002.snap']);
    await persistence.close();

    const batches = await loadAll(await open());
    expect(batches.length).toBe(Math.ceil(40 / 7) + 20);
    expect(replayDocuments(batches)).toEqual(state);
  });

  it('keeps commits made during a compaction, after the snapshot', async () => {
    const state = new Map<unknown, Document>();
    const persistence = await open();
    await churn(persistence, state, 20, 2);
    const compaction = persistence.compact(snapshotOf(state));
    const late = { _id: 'late', text: 'committed while compacting' };
    state.set('late', late);
    await Promise.all([compaction, persistence.commit([put('items', late)])]);
    await persistence.close();

    const batches = await loadAll(await open());
    expect(batches.at(-1)).toEqual([put('items', late)]);
    expect(replayDocuments(batches)).toEqual(state);
  });

  it('compacts repeatedly, also when a compaction is started before the previous one finished', async () => {
    const state = new Map<unknown, Document>();
    const persistence = await open();
    await churn(persistence, state, 30, 2);
    const first = persistence.compact(snapshotOf(state));
    await churn(persistence, state, 30, 1);
    const second = persistence.compact(snapshotOf(state));
    await churn(persistence, state, 5, 1);
    await Promise.all([first, second]);
    await persistence.compact(snapshotOf(state));
    expect(dataFiles()).toEqual(['journal-000004.wal', 'snapshot-000004.snap']);
    await persistence.close();
    expect(replayDocuments(await loadAll(await open()))).toEqual(state);
  });

  it('leaves a recoverable directory whenever a crash interrupts a compaction', async () => {
    const state = new Map<unknown, Document>();
    const crashCopies: { step: string; dir: string }[] = [];
    const persistence = await open(temp.dir, {
      onCompactionStep: (step: CompactionStep) => crashCopies.push({ step, dir: copyDirectory() }),
    });
    await churn(persistence, state, 30, 3);
    const before = new Map(state);
    const compaction = persistence.compact(snapshotOf(state));
    // Right after compact() returned: the snapshot exists only as a temporary file.
    crashCopies.push({ step: 'snapshot-drafted', dir: copyDirectory() });
    const late = { _id: 'late', text: 'after the compaction started' };
    state.set('late', late);
    await Promise.all([compaction, persistence.commit([put('items', late)])]);
    crashCopies.push({ step: 'done', dir: copyDirectory() });

    expect(crashCopies.map((copy) => copy.step)).toEqual([
      'snapshot-drafted',
      'journal-rotated',
      'snapshot-published',
      'old-files-removed',
      'done',
    ]);
    for (const copy of crashCopies) {
      const recovered = replayDocuments(await loadAll(await open(copy.dir)));
      // The late commit may or may not have reached the copy; everything before it must be there.
      const expected = recovered.has('late') ? state : before;
      expect(recovered, `crash at ${copy.step}`).toEqual(expected);
    }
    expect(dataFiles(crashCopies.at(-1)!.dir)).toEqual(['journal-000002.wal', 'snapshot-000002.snap']);
  });

  it('continues the log in the new journal when writing the snapshot fails', async () => {
    const state = new Map<unknown, Document>();
    const persistence = await open();
    await churn(persistence, state, 10, 2);
    function* failingSnapshot(): Iterable<Mutation[]> {
      yield [put('items', { _id: 0 })];
      throw new Error('state iteration failed');
    }
    await expect(persistence.compact(failingSnapshot())).rejects.toThrow('state iteration failed');
    await churn(persistence, state, 10, 1);
    await persistence.close();
    expect(replayDocuments(await loadAll(await open()))).toEqual(state);
    expect(dataFiles()).toEqual(['journal-000001.wal', 'journal-000002.wal']);
  });

  it('refuses a damaged snapshot', async () => {
    const state = new Map<unknown, Document>();
    const persistence = await open();
    await churn(persistence, state, 10, 1);
    await persistence.compact(snapshotOf(state));
    await persistence.close();
    await writeFile(join(temp.dir, 'snapshot-000002.snap'), Buffer.alloc(100, 1), { flag: 'r+' });
    await expect(open()).rejects.toBeInstanceOf(DataCorruptionError);
  });
});
