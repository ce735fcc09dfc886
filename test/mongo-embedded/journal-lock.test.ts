import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DataDirInUseError,
  openFilePersistence,
  type FilePersistence,
} from '../../server/mongo-embedded/storage/file-persistence';
import { loadAll, makeTempDir, putBatch } from './fixtures/persistence-helpers';

let temp: { dir: string; remove(): Promise<void> };
const opened: FilePersistence[] = [];
const children: ChildProcess[] = [];

async function open(): Promise<FilePersistence> {
  const persistence = await openFilePersistence(temp.dir, { log: () => undefined });
  opened.push(persistence);
  return persistence;
}

beforeEach(async () => {
  temp = await makeTempDir();
});

afterEach(async () => {
  for (const persistence of opened.splice(0)) await persistence.close();
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  }
  await temp.remove();
});

const lockPath = () => join(temp.dir, 'mongod.lock');

/** A process that stays alive until killed. */
async function startIdleProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await once(child, 'spawn');
  return child;
}

describe('file persistence: data directory lock', () => {
  it('refuses a second opener in the same process with a clear message', async () => {
    await open();
    const error = await open().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataDirInUseError);
    expect((error as Error).message).toBe(
      `Data directory ${temp.dir} is in use by another embedded MongoDB server (pid ${process.pid}). ` +
        'Stop it or choose another directory.',
    );
  });

  it('names the directory as configured', async () => {
    await open();
    await expect(openFilePersistence(temp.dir, { displayDir: './data/mongo' })).rejects.toThrow(
      /^Data directory \.\/data\/mongo is in use/,
    );
  });

  it('refuses a directory locked by another live process', async () => {
    const holder = await startIdleProcess();
    await writeFile(lockPath(), `${holder.pid}\n`);
    await expect(open()).rejects.toThrow(`is in use by another embedded MongoDB server (pid ${holder.pid})`);
    expect(await readFile(lockPath(), 'utf8')).toBe(`${holder.pid}\n`);
  });

  it('takes over the lock of a process that is gone', async () => {
    const holder = await startIdleProcess();
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    await writeFile(lockPath(), `${holder.pid}\n`);

    const persistence = await open();
    await persistence.commit(putBatch(1));
    expect(await readFile(lockPath(), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('takes over a lock holding our own pid left by an earlier process (e.g. after a container restart)', async () => {
    await writeFile(lockPath(), `${process.pid}\n`);
    await open();
    expect(await readFile(lockPath(), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('takes over an unreadable lock file', async () => {
    await writeFile(lockPath(), 'garbage');
    await open();
    expect(await readFile(lockPath(), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('releases the lock on close, so the directory can be opened again', async () => {
    const persistence = await open();
    await persistence.commit(putBatch(1));
    await persistence.close();
    await expect(stat(lockPath())).rejects.toThrow(/ENOENT/);
    expect(await loadAll(await open())).toEqual([putBatch(1)]);
  });

  it('lets only one of several concurrent openers win', async () => {
    const results = await Promise.allSettled([0, 1, 2, 3].map(() => open()));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(DataDirInUseError);
    }
  });
});
