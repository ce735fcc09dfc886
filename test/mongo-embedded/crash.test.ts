import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MongoClient, type Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo } from '../../server/mongo-embedded/index';
import { runScript } from './fixtures/child-process';
import { checksumOf } from './fixtures/payload';
import { makeTempDir } from './fixtures/persistence-helpers';

const WRITER = fileURLToPath(new URL('./fixtures/server-crash-writer.ts', import.meta.url));
const ROUNDS = 3;
const WRITE_MS = 1500;

let temp: { dir: string; remove(): Promise<void> };

beforeAll(async () => {
  temp = await makeTempDir('crash-server-');
});

afterAll(async () => {
  await temp.remove();
});

function parseAcks(lines: string[]) {
  const inserted = new Set<string>();
  const hotVersions = new Map<string, number>();
  for (const line of lines) {
    const [kind, id, version] = line.split(' ');
    if (kind === 'ack') inserted.add(id!);
    if (kind === 'ack-update') hotVersions.set(id!, Math.max(hotVersions.get(id!) ?? 0, Number(version)));
  }
  return { inserted, hotVersions };
}

function expectIntact(doc: Document): void {
  expect(typeof doc.payload, `document ${doc._id} has its payload`).toBe('string');
  expect(checksumOf(doc.payload as string), `document ${doc._id} is not half-written`).toBe(doc.checksum);
}

describe('embedded server: SIGKILL during writes', () => {
  it(`keeps every acknowledged write after ${ROUNDS} kills`, async () => {
    const allInserted = new Set<string>();
    let killsDuringCompaction = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const writer = runScript(WRITER, [temp.dir, String(round)]);
      try {
        await writer.waitForLine((line) => line === 'ready', 20_000);
        await new Promise((resolve) => setTimeout(resolve, WRITE_MS * (0.5 + Math.random() / 2)));
      } finally {
        await writer.kill();
      }
      if ((await readdir(temp.dir)).some((name) => name.endsWith('.snap.tmp'))) killsDuringCompaction++;
      const { inserted, hotVersions } = parseAcks(writer.lines);
      expect(inserted.size, `round ${round}: writes were acknowledged`).toBeGreaterThan(0);
      for (const id of inserted) allInserted.add(id);

      const server = await startEmbeddedMongo({ dataDir: temp.dir });
      const client = await MongoClient.connect(server.uri);
      try {
        const db = client.db('crash');
        const items = await db.collection('items').find().toArray();
        const present = new Set(items.map((doc) => String(doc._id)));
        const missing = [...allInserted].filter((id) => !present.has(id));
        expect(missing, `round ${round}: acknowledged inserts missing after restart`).toEqual([]);
        items.forEach(expectIntact);

        const hot = await db.collection('hot').find().toArray();
        hot.forEach(expectIntact);
        const recovered = new Map(hot.map((doc) => [String(doc._id), doc.version as number]));
        for (const [id, version] of hotVersions) {
          expect(
            recovered.get(id),
            `round ${round}: ${id} keeps acknowledged version`,
          ).toBeGreaterThanOrEqual(version);
        }
      } finally {
        await client.close();
        await server.stop();
      }
    }
    console.info(
      `acknowledged inserts: ${allInserted.size}, kills during a compaction: ${killsDuringCompaction}`,
    );
  }, 120_000);
});
