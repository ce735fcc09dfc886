import { appendFile, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DataCorruptionError,
  openFilePersistence,
  type FilePersistence,
} from '../../server/mongo-embedded/storage/file-persistence';
import { FILE_HEADER_SIZE } from '../../server/mongo-embedded/storage/data-files';
import { readRecord } from '../../server/mongo-embedded/storage/record-format';
import { loadAll, makeTempDir, putBatch } from './fixtures/persistence-helpers';

let temp: { dir: string; remove(): Promise<void> };
let warnings: string[];
const opened: FilePersistence[] = [];

async function open(): Promise<FilePersistence> {
  const persistence = await openFilePersistence(temp.dir, { log: (message) => warnings.push(message) });
  opened.push(persistence);
  return persistence;
}

beforeEach(async () => {
  temp = await makeTempDir();
  warnings = [];
});

afterEach(async () => {
  for (const persistence of opened.splice(0)) await persistence.close();
  await temp.remove();
});

async function journalPath(): Promise<string> {
  const names = (await readdir(temp.dir)).filter((name) => name.endsWith('.wal')).sort();
  return join(temp.dir, names.at(-1)!);
}

/** Start offsets of the intact records of a journal, plus its end. */
async function recordOffsets(path: string): Promise<{ starts: number[]; end: number }> {
  const content = await readFile(path);
  const starts: number[] = [];
  let offset = FILE_HEADER_SIZE;
  for (;;) {
    const result = readRecord(content, offset);
    if (!result.ok) return { starts, end: offset };
    starts.push(offset);
    offset = result.record.end;
  }
}

async function flipByte(path: string, position: number): Promise<void> {
  const content = await readFile(path);
  content[position] = content[position]! ^ 0xff;
  await writeFile(path, content);
}

/** Commits each batch in its own write group, then closes. */
async function commitSeparately(count: number): Promise<void> {
  const persistence = await open();
  for (let i = 1; i <= count; i++) await persistence.commit(putBatch(i));
  await persistence.close();
  opened.pop();
}

describe('file persistence: recovery after a crash', () => {
  it('drops a partial record appended at the tail and truncates the file', async () => {
    await commitSeparately(3);
    const path = await journalPath();
    const { end } = await recordOffsets(path);
    await appendFile(path, Buffer.from([40, 0, 0, 0, 1, 2, 3]));

    expect(await loadAll(await open())).toEqual([putBatch(1), putBatch(2), putBatch(3)]);
    expect(warnings.join('\n')).toMatch(/dropped 7 bytes .*short header/);
    expect((await stat(path)).size).toBe(end);
  });

  it('drops a last record cut short and keeps appending after the good ones', async () => {
    await commitSeparately(3);
    const path = await journalPath();
    const { end } = await recordOffsets(path);
    await truncate(path, end - 4);

    const persistence = await open();
    expect(await loadAll(persistence)).toEqual([putBatch(1), putBatch(2)]);
    expect(warnings.join('\n')).toMatch(/short body/);
    await persistence.commit(putBatch(4));
    await persistence.close();
    opened.pop();
    expect(await loadAll(await open())).toEqual([putBatch(1), putBatch(2), putBatch(4)]);
  });

  it('drops a last record with a bad checksum', async () => {
    await commitSeparately(3);
    const path = await journalPath();
    const { end } = await recordOffsets(path);
    await flipByte(path, end - 2);

    expect(await loadAll(await open())).toEqual([putBatch(1), putBatch(2)]);
    expect(warnings.join('\n')).toMatch(/checksum mismatch/);
  });

  it('treats damage inside the last write group as torn, even with intact records after it', async () => {
    const persistence = await open();
    await persistence.commit(putBatch(1));
    // One write group: a crash may persist its later pages but not its earlier ones.
    await Promise.all([2, 3, 4, 5].map((id) => persistence.commit(putBatch(id))));
    await persistence.close();
    opened.pop();
    const path = await journalPath();
    const { starts } = await recordOffsets(path);
    await flipByte(path, starts[2]! + 25);

    expect(await loadAll(await open())).toEqual([putBatch(1), putBatch(2)]);
    expect(warnings).toHaveLength(1);
  });

  it('refuses to start when damage is followed by records of a later write group', async () => {
    await commitSeparately(5);
    const path = await journalPath();
    const { starts } = await recordOffsets(path);
    await flipByte(path, starts[1]! + 25);

    const error = await open().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataCorruptionError);
    expect((error as Error).message).toContain(`is damaged at byte ${starts[1]}`);
    expect((error as Error).message).toMatch(/intact record written later \(seq 3\)/);
    // The journal is left untouched for inspection, and the lock was released.
    expect((await recordOffsets(path)).starts).toHaveLength(1);
    await expect(stat(join(temp.dir, 'mongod.lock'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a journal whose header is damaged', async () => {
    await commitSeparately(1);
    const path = await journalPath();
    await flipByte(path, 3);
    await expect(open()).rejects.toThrow(/not a valid journal file: unknown file signature/);
  });

  it('opens an empty or fresh directory, creating it when missing', async () => {
    const nested = join(temp.dir, 'a', 'b');
    const persistence = await openFilePersistence(nested, { log: () => undefined });
    opened.push(persistence);
    expect(await loadAll(persistence)).toEqual([]);
    await persistence.commit(putBatch(1));
    expect(persistence.stats().commits).toBe(1);
  });

  it('removes unfinished temporary files on open', async () => {
    await commitSeparately(1);
    await writeFile(join(temp.dir, 'snapshot-000009.snap.tmp'), 'half written');
    expect(await loadAll(await open())).toEqual([putBatch(1)]);
    expect((await readdir(temp.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
