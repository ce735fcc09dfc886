import { fileURLToPath } from 'node:url';
import type { Document } from 'bson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFilePersistence } from '../../server/mongo-embedded/storage/file-persistence';
import { runScript } from './fixtures/child-process';
import { checksumOf } from './fixtures/payload';
import { loadAll, makeTempDir, replayDocuments } from './fixtures/persistence-helpers';

const WRITER = fileURLToPath(new URL('./fixtures/persistence-crash-writer.ts', import.meta.url));
const ROUNDS = 4;

let temp: { dir: string; remove(): Promise<void> };

beforeAll(async () => {
  temp = await makeTempDir('crash-compaction-');
});

afterAll(async () => {
  await temp.remove();
});

/** Highest acknowledged version per group, from the writer's `ack <group> <version>` lines. */
function acknowledged(lines: string[]): Map<number, number> {
  const latest = new Map<number, number>();
  for (const line of lines) {
    const match = /^ack (\d+) (\d+)$/.exec(line);
    if (!match) continue;
    const group = Number(match[1]);
    latest.set(group, Math.max(latest.get(group) ?? 0, Number(match[2])));
  }
  return latest;
}

function checkRecoveredState(documents: Map<unknown, Document>, acked: Map<number, number>): void {
  const versionsByGroup = new Map<number, Set<number>>();
  for (const doc of documents.values()) {
    expect(checksumOf(doc.payload as string), `document ${String(doc._id)} is intact`).toBe(doc.checksum);
    const versions = versionsByGroup.get(doc.group as number) ?? new Set();
    versions.add(doc.version as number);
    versionsByGroup.set(doc.group as number, versions);
  }
  for (const [group, versions] of versionsByGroup) {
    expect([...versions], `all documents of group ${group} come from one batch`).toHaveLength(1);
  }
  for (const [group, version] of acked) {
    const recovered = [...(versionsByGroup.get(group) ?? [0])][0]!;
    expect(recovered, `group ${group} keeps acknowledged version ${version}`).toBeGreaterThanOrEqual(version);
  }
}

describe('file persistence: SIGKILL while writing and compacting', () => {
  it(`recovers every acknowledged batch, whole, after ${ROUNDS} kills`, async () => {
    let compactionsFinished = 0;
    let killsDuringCompaction = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const writer = runScript(WRITER, [temp.dir]);
      try {
        await writer.waitForLine((line) => line === 'ready', 15_000);
        await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 700));
      } finally {
        await writer.kill();
      }
      const acked = acknowledged(writer.lines);
      expect(acked.size, `round ${round} acknowledged writes`).toBeGreaterThan(0);
      const started = writer.lines.filter((line) => line === 'compacting').length;
      const finished = writer.lines.filter((line) => line === 'compacted').length;
      compactionsFinished += finished;
      if (started > finished) killsDuringCompaction++;

      const persistence = await openFilePersistence(temp.dir, { log: () => undefined });
      try {
        checkRecoveredState(replayDocuments(await loadAll(persistence)), acked);
      } finally {
        await persistence.close();
      }
    }
    expect(compactionsFinished).toBeGreaterThan(0);
    // Informational: how often the kill hit a running compaction.
    console.info(
      `compactions finished: ${compactionsFinished}, kills during a compaction: ${killsDuringCompaction}`,
    );
  }, 60_000);
});
