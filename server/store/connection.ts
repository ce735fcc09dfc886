import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { Config } from '../config/env';
import { startEmbeddedMongo } from '../mongo-embedded/index';

export interface Database {
  /** The default mongoose connection, which all models use. */
  connection: Connection;
  /** True when this process runs the embedded server. */
  embedded: boolean;
  close(): Promise<void>;
}

/** Raised when another process holds the embedded data directory (a running server, say). */
export class DataDirectoryLockedError extends Error {
  constructor(
    readonly dataDir: string,
    options: { cause: unknown },
  ) {
    super(
      `Das Datenverzeichnis ${dataDir} wird von einem anderen Prozess benutzt (läuft der Server noch?). ` +
        `Beenden Sie ihn oder setzen Sie MONGODB_URI. / The data directory ${dataDir} is in use by another ` +
        'process (is the server still running?). Stop it or set MONGODB_URI.',
      options,
    );
    this.name = 'DataDirectoryLockedError';
  }
}

/**
 * Connects mongoose to MONGODB_URI, or starts the embedded server on loopback with its data in
 * DATA_DIR and connects to that.
 */
export async function connectDatabase(config: Config, logger: Logger): Promise<Database> {
  let uri = config.database.uri;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!uri) {
    const embedded = await startEmbeddedMongo({
      dataDir: config.database.dataDir,
      onBackgroundError: (err) => logger.error({ err }, 'embedded database: background work failed'),
    }).catch((err: unknown) => {
      if ((err as Error).name === 'DataDirInUseError')
        throw new DataDirectoryLockedError(config.database.dataDir, { cause: err });
      throw err;
    });
    logger.info({ dataDir: config.database.dataDir }, 'embedded database started');
    uri = withDatabaseName(embedded.uri, 'gremienbot');
    stopEmbedded = () => embedded.stop();
  }
  try {
    await mongoose.connect(uri, { serverSelectionTimeoutMS: 10_000 });
  } catch (err) {
    await stopEmbedded?.();
    throw err;
  }
  logger.info({ database: mongoose.connection.name }, 'database connected');
  return {
    connection: mongoose.connection,
    embedded: stopEmbedded !== undefined,
    async close() {
      await mongoose.disconnect();
      await stopEmbedded?.();
    },
  };
}

function withDatabaseName(uri: string, name: string): string {
  const url = new URL(uri);
  if (url.pathname === '' || url.pathname === '/') url.pathname = `/${name}`;
  return url.toString();
}
