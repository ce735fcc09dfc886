/**
 * Loads the demo data set (Stadt Köln, Kreis Mettmann) into MONGODB_URI or the embedded database
 * under DATA_DIR, exactly as the first start with DEMO_DATA does.
 *   npm run seed            (development)
 *   npm run seed -- --force (also with NODE_ENV=production)
 */
import { pathToFileURL } from 'node:url';
import { ConfigError, readConfig } from '../server/config/env';
import { createLogger } from '../server/http/logger';
import { connectDatabase, DataDirectoryLockedError } from '../server/store/connection';
import { formatDemoAccounts, loadDemoData } from '../server/store/demo';

class RefusedError extends Error {}

async function main(): Promise<void> {
  const config = readConfig();
  if (config.isProduction && !process.argv.includes('--force')) {
    throw new RefusedError(
      'NODE_ENV=production: Demo-Daten nur mit --force / demo data in production only with --force.',
    );
  }
  const logger = createLogger({ env: config.env, logLevel: 'warn' });
  const database = await connectDatabase(config, logger);
  try {
    const result = await loadDemoData(new Date());
    if (!result.created) {
      console.log(
        'Nichts zu tun: Die Demo-Daten sind schon geladen, oder die Datenbank enthält andere Daten. / ' +
          'Nothing to do: the demo data is loaded already, or the database holds other data.',
      );
      return;
    }
    console.log('Demo-Daten geladen / demo data loaded.');
    if (result.accounts.length > 0) console.log(formatDemoAccounts(result.accounts));
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    const expected =
      err instanceof RefusedError || err instanceof ConfigError || err instanceof DataDirectoryLockedError;
    console.error(expected ? (err as Error).message : err);
    process.exitCode = 1;
  });
}
