import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { DataCorruptionError } from './data-corruption-error';

/*
 * Layout of a data directory:
 *
 *   journal-<generation>.wal    records appended since the snapshot of the same or an older generation
 *   snapshot-<generation>.snap  the full state as of seq `throughSeq` (all commits before the compaction)
 *   *.tmp                       files being written; they only count once renamed
 *
 * A compaction to generation G starts journal G for every later commit and writes snapshot G.
 * Journals older than the newest snapshot are fully covered by it and get deleted.
 */
export type DataFileKind = 'journal' | 'snapshot';

export interface DataFile {
  kind: DataFileKind;
  generation: number;
  path: string;
}

const EXTENSIONS: Record<DataFileKind, string> = { journal: 'wal', snapshot: 'snap' };
const NAME_PATTERN = /^(journal|snapshot)-(\d+)\.(wal|snap)$/;
export const TEMP_SUFFIX = '.tmp';

export function dataFilePath(dir: string, kind: DataFileKind, generation: number): string {
  return join(dir, `${kind}-${String(generation).padStart(6, '0')}.${EXTENSIONS[kind]}`);
}

export interface DirectoryListing {
  journals: DataFile[];
  snapshots: DataFile[];
  tempFiles: string[];
}

export async function listDataFiles(dir: string): Promise<DirectoryListing> {
  const listing: DirectoryListing = { journals: [], snapshots: [], tempFiles: [] };
  for (const name of await readdir(dir)) {
    if (name.endsWith(TEMP_SUFFIX)) {
      listing.tempFiles.push(join(dir, name));
      continue;
    }
    const match = NAME_PATTERN.exec(name);
    if (!match) continue;
    const kind = match[1] as DataFileKind;
    if (match[3] !== EXTENSIONS[kind]) continue;
    const file = { kind, generation: Number(match[2]), path: join(dir, name) };
    (kind === 'journal' ? listing.journals : listing.snapshots).push(file);
  }
  listing.journals.sort((a, b) => a.generation - b.generation);
  listing.snapshots.sort((a, b) => a.generation - b.generation);
  return listing;
}

/*
 * Every data file starts with a fixed header:
 *   8-byte magic | u32 generation | u32 throughSeq (low) | u32 throughSeq (high) | u32 CRC-32 of the rest
 * `throughSeq` is the last commit a snapshot contains; journals store 0.
 */
export const FILE_HEADER_SIZE = 24;
const MAGIC: Record<DataFileKind, string> = { journal: 'EMBJRNL1', snapshot: 'EMBSNAP1' };

export interface FileHeader {
  kind: DataFileKind;
  generation: number;
  throughSeq: number;
}

export function encodeFileHeader(header: FileHeader): Buffer {
  const buffer = Buffer.alloc(FILE_HEADER_SIZE);
  buffer.write(MAGIC[header.kind], 0, 'latin1');
  buffer.writeUInt32LE(header.generation, 8);
  buffer.writeUInt32LE(header.throughSeq % 2 ** 32, 12);
  buffer.writeUInt32LE(Math.floor(header.throughSeq / 2 ** 32), 16);
  buffer.writeUInt32LE(crc32(buffer.subarray(0, 20)), 20);
  return buffer;
}

export function decodeFileHeader(buffer: Buffer, expected: DataFile): FileHeader {
  const problem = headerProblem(buffer, expected);
  if (problem)
    throw new DataCorruptionError(`${expected.path} is not a valid ${expected.kind} file: ${problem}`);
  return {
    kind: expected.kind,
    generation: buffer.readUInt32LE(8),
    throughSeq: buffer.readUInt32LE(12) + buffer.readUInt32LE(16) * 2 ** 32,
  };
}

function headerProblem(buffer: Buffer, expected: DataFile): string | undefined {
  if (buffer.length < FILE_HEADER_SIZE) return `only ${buffer.length} bytes long`;
  if (buffer.toString('latin1', 0, 8) !== MAGIC[expected.kind]) return 'unknown file signature';
  if (buffer.readUInt32LE(20) !== crc32(buffer.subarray(0, 20))) return 'header checksum mismatch';
  if (buffer.readUInt32LE(8) !== expected.generation) {
    return `header names generation ${buffer.readUInt32LE(8)}, file name ${expected.generation}`;
  }
  return undefined;
}
