import fs from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const write = promisify(fs.write);
const fdatasync = promisify(fs.fdatasync);
const fsync = promisify(fs.fsync);
const open = promisify(fs.open);
const close = promisify(fs.close);
const rename = promisify(fs.rename);
const unlink = promisify(fs.unlink);
const ftruncate = promisify(fs.ftruncate);

export { close, fdatasync, ftruncate, open };
export const fdatasyncSync = fs.fdatasyncSync;

export async function writeFully(fd: number, buffer: Uint8Array, position: number): Promise<void> {
  let written = 0;
  while (written < buffer.length) {
    const { bytesWritten } = await write(fd, buffer, written, buffer.length - written, position + written);
    written += bytesWritten;
  }
}

export function writeFullySync(fd: number, buffer: Uint8Array, position: number): void {
  let written = 0;
  while (written < buffer.length) {
    written += fs.writeSync(fd, buffer, written, buffer.length - written, position + written);
  }
}

/** Makes file creations, renames and deletions inside `dir` survive a power loss. */
export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open directories for syncing; NTFS journals metadata changes itself.
  if (process.platform === 'win32') return;
  const fd = await open(dir, 'r');
  try {
    await fsync(fd);
  } finally {
    await close(fd);
  }
}

/** Writes `path` so that after a crash it either has the full content or does not exist. */
export async function writeFileAtomically(
  path: string,
  content: Uint8Array,
  tempPath: string,
): Promise<void> {
  const fd = await open(tempPath, 'w');
  try {
    await writeFully(fd, content, 0);
    await fdatasync(fd);
  } finally {
    await close(fd);
  }
  await rename(tempPath, path);
  await syncDirectory(dirname(path));
}

export async function renameDurably(from: string, to: string): Promise<void> {
  await rename(from, to);
  await syncDirectory(dirname(to));
}

export async function removeFiles(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    try {
      await unlink(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
