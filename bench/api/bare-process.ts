/**
 * Child process of the API benchmark: a bare Express app that answers each benchmarked path with
 * the JSON our API returned for it, re-serialised per request like `res.json` in the real app.
 */
import express from 'express';
import { stopRequested } from './child-process';

export interface BareReady {
  url: string;
}

export interface BarePayloads {
  payloads: Record<string, unknown>;
}

async function main(): Promise<void> {
  const { payloads } = await new Promise<BarePayloads>((resolve) => {
    process.once('message', (message) => resolve(message as BarePayloads));
  });
  const app = express();
  app.disable('x-powered-by');
  for (const [path, body] of Object.entries(payloads)) app.get(path, (_req, res) => res.json(body));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  process.send?.({ url: `http://127.0.0.1:${address.port}` } satisfies BareReady);
  await stopRequested();
  server.closeAllConnections();
  server.close();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
