import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const LOCK_FILE_NAME = 'mongod.lock';

export class DataDirInUseError extends Error {
  constructor(
    readonly displayDir: string,
    readonly pid: number,
  ) {
    super(
      `Data directory ${displayDir} is in use by another embedded MongoDB server (pid ${pid}). ` +
        'Stop it or choose another directory.',
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/** Directories locked by this process; a lock file holding our own pid may be a leftover of an earlier process. */
const lockedInThisProcess = new Set<string>();

/**
 * Takes the lock file of a data directory. The lock file holds the owner's pid; a lock whose
 * process is gone is stale and gets taken over. The content is written to a private file first and
 * then hard-linked into place, so a lock file is never seen half-written.
 */
export async function lockDataDir(dir: string, displayDir = dir): Promise<DataDirLock> {
  const key = resolve(dir);
  if (lockedInThisProcess.has(key)) throw new DataDirInUseError(displayDir, process.pid);
  lockedInThisProcess.add(key);
  const lockPath = join(dir, LOCK_FILE_NAME);
  try {
    await takeLockFile(dir, lockPath, displayDir);
  } catch (error) {
    lockedInThisProcess.delete(key);
    throw error;
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      try {
        if ((await readLockHolder(lockPath)) === process.pid) await unlinkIfPresent(lockPath);
      } finally {
        // Only now, so that an opener in this process cannot take the file over before it is gone.
        lockedInThisProcess.delete(key);
      }
    },
  };
}

const MAX_TAKEOVER_ATTEMPTS = 5;

async function takeLockFile(dir: string, lockPath: string, displayDir: string): Promise<void> {
  const privatePath = join(dir, `${LOCK_FILE_NAME}.${process.pid}.${Date.now()}.candidate`);
  await writeFile(privatePath, `${process.pid}\n`);
  try {
    for (let attempt = 1; attempt <= MAX_TAKEOVER_ATTEMPTS; attempt++) {
      if (await tryLink(privatePath, lockPath)) return;
      const holder = await readLockHolder(lockPath);
      if (holder === 'gone') continue;
      // Our own pid here is a leftover of an earlier process that had the same pid (e.g. in a container).
      if (holder !== undefined && holder !== process.pid && isProcessAlive(holder)) {
        throw new DataDirInUseError(displayDir, holder);
      }
      await unlinkIfPresent(lockPath);
    }
    throw new Error(
      `Could not take the lock file ${lockPath}: other processes keep replacing it. ` +
        'Make sure only one embedded MongoDB server uses this directory.',
    );
  } finally {
    await unlinkIfPresent(privatePath);
  }
}

async function tryLink(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The pid in the lock file, undefined when unreadable, 'gone' when the file vanished meanwhile. */
async function readLockHolder(lockPath: string): Promise<number | undefined | 'gone'> {
  let content: string;
  try {
    content = await readFile(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  const pid = Number.parseInt(content.trim(), 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
