import { Router } from 'express';
import type { BarePayloads } from './bare-process';

/** Where the benchmark measures our middleware stack alone (see `stackFloorRouter`). */
export const STACK_FLOOR_PATH = '/bench-stack-floor';

/**
 * Benchmark only: answers `/api/v1/bench-stack-floor/<scenario>` with the JSON the real endpoint
 * returned (sent by the parent), behind the full stack (logging, headers, session, the actor's
 * lookup, CSRF). The difference to the real endpoint is the endpoint's own work.
 */
export function stackFloorRouter(): Router {
  const payloads = new Map<string, unknown>();
  process.on('message', (message: Partial<BarePayloads>) => {
    for (const [path, body] of Object.entries(message.payloads ?? {})) payloads.set(path, body);
  });
  const router = Router();
  router.get('/:scenario', (req, res) => {
    const body = payloads.get(`/${req.params.scenario}`);
    if (body === undefined) res.status(404).end();
    else res.json(body);
  });
  return router;
}
