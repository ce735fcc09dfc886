import { Engine } from './engine/engine';
import { createMemoryPersistence, type Persistence } from './storage/persistence';
import { WireServer } from './server';

export interface EmbeddedMongo {
  uri: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedMongoOptions {
  /** Directory of the durable journal; required unless `inMemory` is set. */
  dataDir?: string;
  inMemory?: boolean;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** How often expired TTL documents are removed (default 15 s). */
  ttlIntervalMs?: number;
  /** Told about commands the server does not implement (they still fail with code 59). */
  onUnknownCommand?: (name: string) => void;
  /** A storage to use instead of `dataDir`/`inMemory` (tests, custom storage). */
  persistence?: Persistence;
  /** Errors of background work (compaction, TTL sweeps). Default: printed to stderr. */
  onBackgroundError?: (err: unknown) => void;
}

async function openPersistence(options: EmbeddedMongoOptions): Promise<Persistence> {
  if (options.persistence) return options.persistence;
  if (options.inMemory) return createMemoryPersistence();
  if (!options.dataDir) throw new Error('startEmbeddedMongo needs either dataDir or inMemory: true');
  const { openFilePersistence } = await import('./storage/file-persistence');
  return openFilePersistence(options.dataDir);
}

/** Starts a MongoDB-compatible server (wire protocol) backed by memory and, with `dataDir`, a journal. */
export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const onError = options.onBackgroundError ?? ((err: unknown) => console.error('mongo-embedded:', err));
  const persistence = await openPersistence(options);
  const engine = new Engine(persistence, onError);
  try {
    await engine.load();
  } catch (err) {
    await persistence.close();
    throw err;
  }
  const host = options.host ?? '127.0.0.1';
  const server = new WireServer(engine, {
    host,
    port: options.port ?? 0,
    ttlIntervalMs: options.ttlIntervalMs ?? 15_000,
    onUnknownCommand: options.onUnknownCommand,
    onError,
  });
  let port: number;
  try {
    port = await server.listen();
  } catch (err) {
    await engine.close();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    uri: `mongodb://${host}:${port}/?directConnection=true`,
    port,
    stop() {
      stopping ??= server.close().then(() => engine.close());
      return stopping;
    },
  };
}
