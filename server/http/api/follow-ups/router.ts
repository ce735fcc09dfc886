import { Router, type Request } from 'express';
import { cancelFollowUp, closeFollowUp } from '../../../domain/follow-ups/close';
import type { FollowUpDeps } from '../../../domain/follow-ups/deps';
import type { TrackedFollowUp } from '../../../domain/follow-ups/tracking';
import { decideDueDateRequest, requestDueDate } from '../../../domain/follow-ups/due-date-request';
import { recordFollowUp } from '../../../domain/follow-ups/record';
import { reviseFollowUp } from '../../../domain/follow-ups/revise';
import { listFollowUps, viewFollowUp } from '../../../domain/follow-ups/view';
import { parse } from '../../errors';
import { requirePrincipal } from '../common/access';
import { idParams } from '../common/schemas';
import { internalViewOf, presentFollowUp } from './presenter';
import {
  cancelBody,
  closeBody,
  createFollowUpBody,
  dueDateRequestBody,
  listFollowUpsQuery,
  updateFollowUpBody,
} from './schema';

const requestIdOf = (req: Request) => String(req.id);

/**
 * /api/v1/follow-ups: Zusagen, Prüf- und Arbeitsaufträge, Beschlusskontrollen. The office records and
 * changes them; owners close them or ask for a new due date; the office decides. Every change and every
 * read of a non-public item is audited (in the use cases).
 */
export function followUpsRouter(deps: FollowUpDeps): Router {
  const router = Router();
  const presenterFor = async (req: Request) => {
    const internal = await internalViewOf(deps.directory, req.actor);
    return (f: TrackedFollowUp) => presentFollowUp(f, deps.clock(), internal(f));
  };

  router.get('/', async (req, res) => {
    const present = await presenterFor(req);
    const query = parse(listFollowUpsQuery, req.query, 'query');
    const items = await listFollowUps(
      deps,
      req.actor,
      {
        organizations: query.organization,
        statuses: query.status,
        owner: query.owner,
        overdue: query.overdue,
      },
      requestIdOf(req),
    );
    res.json({ items: items.map(present), total: items.length });
  });

  router.get('/:id', async (req, res) => {
    const present = await presenterFor(req);
    const { id } = parse(idParams, req.params, 'params');
    res.json(present(await viewFollowUp(deps, req.actor, id, requestIdOf(req))));
  });

  router.post('/', async (req, res) => {
    const present = await presenterFor(req);
    const principal = requirePrincipal(req);
    const input = parse(createFollowUpBody, req.body, 'body');
    res.status(201).json(present(await recordFollowUp(deps, principal, input, requestIdOf(req))));
  });

  router.patch('/:id', async (req, res) => {
    const present = await presenterFor(req);
    const principal = requirePrincipal(req);
    const { id } = parse(idParams, req.params, 'params');
    const revision = parse(updateFollowUpBody, req.body, 'body');
    res.json(present(await reviseFollowUp(deps, principal, id, revision, requestIdOf(req))));
  });

  router.post('/:id/close', async (req, res) => {
    const present = await presenterFor(req);
    const principal = requirePrincipal(req);
    const { id } = parse(idParams, req.params, 'params');
    const { completionNote } = parse(closeBody, req.body, 'body');
    res.json(present(await closeFollowUp(deps, principal, id, completionNote, requestIdOf(req))));
  });

  router.post('/:id/cancel', async (req, res) => {
    const present = await presenterFor(req);
    const principal = requirePrincipal(req);
    const { id } = parse(idParams, req.params, 'params');
    const { reason } = parse(cancelBody, req.body, 'body');
    res.json(present(await cancelFollowUp(deps, principal, id, reason, requestIdOf(req))));
  });

  router.post('/:id/due-date-request', async (req, res) => {
    const present = await presenterFor(req);
    const principal = requirePrincipal(req);
    const { id } = parse(idParams, req.params, 'params');
    const input = parse(dueDateRequestBody, req.body, 'body');
    res.json(present(await requestDueDate(deps, principal, id, input, requestIdOf(req))));
  });

  for (const [path, approved] of [
    ['approve', true],
    ['reject', false],
  ] as const) {
    router.post(`/:id/due-date-request/${path}`, async (req, res) => {
      const present = await presenterFor(req);
      const principal = requirePrincipal(req);
      const { id } = parse(idParams, req.params, 'params');
      res.json(present(await decideDueDateRequest(deps, principal, id, approved, requestIdOf(req))));
    });
  }

  return router;
}
