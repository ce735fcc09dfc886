import type { Document } from 'bson';
import { WIRE_LIMITS } from './hello';
import type { CommandContext } from './context';

export const SERVER_VERSION = '7.0.0';

export function buildInfo(): Document {
  return {
    version: SERVER_VERSION,
    gitVersion: 'embedded',
    versionArray: [7, 0, 0, 0],
    bits: 64,
    debug: false,
    maxBsonObjectSize: WIRE_LIMITS.maxBsonObjectSize,
    storageEngines: ['embedded'],
    modules: [],
    ok: 1,
  };
}

export function serverStatus(ctx: CommandContext): Document {
  const uptimeMs = Date.now() - ctx.server.startedAt.getTime();
  return {
    host: ctx.server.address,
    version: SERVER_VERSION,
    process: 'mongod',
    pid: process.pid,
    uptime: Math.floor(uptimeMs / 1000),
    uptimeMillis: uptimeMs,
    localTime: new Date(),
    connections: { current: 0, available: 1000 },
    metrics: { cursor: { open: { total: ctx.engine.cursors.openCount } } },
    ok: 1,
  };
}

export function hostInfo(): Document {
  return {
    system: { currentTime: new Date(), hostname: 'localhost' },
    os: { type: process.platform },
    extra: {},
    ok: 1,
  };
}

export function getParameter(ctx: CommandContext): Document {
  const known: Document = {
    featureCompatibilityVersion: { version: '7.0' },
    transactionLifetimeLimitSeconds: 60,
    maxTransactionLockRequestTimeoutMillis: 5,
    authenticationMechanisms: [],
  };
  if (ctx.cmd.getParameter === '*') return { ...known, ok: 1 };
  const out: Document = {};
  for (const key of Object.keys(ctx.cmd)) if (key in known) out[key] = known[key];
  return { ...out, ok: 1 };
}
