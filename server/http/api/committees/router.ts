import { Router } from 'express';
import { hasRole } from '../../../domain/access/principal';
import {
  createCommittee,
  deleteCommittee,
  getCommittee,
  updateCommittee,
} from '../../../domain/committees/committee-use-cases';
import type { CommitteeChanges } from '../../../domain/committees/ports';
import { AppError, parse } from '../../errors';
import { requireAnyRole, requireCommitteeManager } from '../common/access';
import { auditFor } from '../common/audit';
import type { DashboardApiDeps } from '../common/deps';
import { idParams } from '../common/schemas';
import { presentCommittee, presentCommitteeDetail } from './presenter';
import {
  createCommitteeBody,
  listCommitteesQuery,
  updateCommitteeBody,
  type UpdateCommitteeBody,
} from './schema';

/** /api/v1/committees: Gremien and (with ?kind=fraktion) Fraktionen. Reading is public. */
export function committeesRouter({ stores }: DashboardApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parse(listCommitteesQuery, req.query, 'query');
    const committees = await stores.committees.list({ kind: query.kind ?? 'committee', body: query.body });
    res.json({ items: committees.map(presentCommittee) });
  });

  router.get('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    res.json(presentCommitteeDetail(await getCommittee(stores.committees, id)));
  });

  router.post('/', async (req, res) => {
    requireAnyRole(req, 'admin', 'head');
    const { numbering, ...input } = parse(createCommitteeBody, req.body, 'body');
    const detail = await createCommittee(stores.committees, {
      ...input,
      restartNumberingInNonPublic: numbering?.restartInNonPublic,
    });
    await auditFor(
      stores,
      req,
    )({
      action: 'create',
      entityType: 'Organization',
      entityId: detail.committee.id,
      organization: detail.committee.id,
      summary: `Gremium „${detail.committee.name}“ angelegt`,
    });
    res.status(201).json(presentCommitteeDetail(detail));
  });

  router.patch('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    requireCommitteeManager(req, id);
    const body = parse(updateCommitteeBody, req.body, 'body');
    const detail = await updateCommittee(stores.committees, id, toChanges(body));
    await auditFor(
      stores,
      req,
    )({
      action: 'update',
      entityType: 'Organization',
      entityId: id,
      organization: id,
      summary: `Gremium „${detail.committee.name}“ geändert`,
      details: { fields: Object.keys(body) },
    });
    res.json(presentCommitteeDetail(detail));
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    if (!hasRole(req.actor, 'admin'))
      throw new AppError(req.actor.kind === 'user' ? 'forbidden' : 'unauthenticated');
    const deleted = await deleteCommittee(stores.committees, id);
    await auditFor(
      stores,
      req,
    )({
      action: 'delete',
      entityType: 'Organization',
      entityId: id,
      organization: id,
      summary: `Gremium „${deleted.name}“ gelöscht`,
    });
    res.status(204).end();
  });

  return router;
}

function toChanges({ numbering, ...fields }: UpdateCommitteeBody): CommitteeChanges {
  return { ...fields, restartNumberingInNonPublic: numbering?.restartInNonPublic };
}
