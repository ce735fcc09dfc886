import { Router } from 'express';
import {
  createMembership,
  describeMemberships,
  endMembership,
  getMembership,
  updateMembership,
} from '../../../domain/memberships/membership-use-cases';
import type { MembershipRecord } from '../../../domain/memberships/ports';
import { parse } from '../../errors';
import { requireCommitteeManager } from '../common/access';
import { auditFor } from '../common/audit';
import type { DashboardApiDeps } from '../common/deps';
import { idParams } from '../common/schemas';
import { presentMembership } from './presenter';
import {
  createMembershipBody,
  endMembershipBody,
  listMembershipsQuery,
  updateMembershipBody,
} from './schema';

/** /api/v1/memberships: who sits in which committee (public, as in the council information system). */
export function membershipsRouter(deps: DashboardApiDeps): Router {
  const { stores, clock } = deps;
  const router = Router();
  const present = async (memberships: MembershipRecord[]) =>
    (await describeMemberships(stores, memberships)).map(presentMembership);

  router.get('/', async (req, res) => {
    const query = parse(listMembershipsQuery, req.query, 'query');
    const memberships = await stores.memberships.list({
      organization: query.organization,
      person: query.person,
      currentAt: query.current ? clock() : undefined,
    });
    res.json({ items: await present(memberships) });
  });

  router.get('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const [membership] = await present([await getMembership(stores, id)]);
    res.json(membership);
  });

  router.post('/', async (req, res) => {
    const input = parse(createMembershipBody, req.body, 'body');
    requireCommitteeManager(req, input.organization);
    const membership = await createMembership(stores, input);
    await auditFor(
      stores,
      req,
    )({
      action: 'create',
      entityType: 'Membership',
      entityId: membership.id,
      organization: membership.organization,
      summary: `Mitgliedschaft (${membership.role}) angelegt`,
      details: { person: membership.person },
    });
    const [presented] = await present([membership]);
    res.status(201).json(presented);
  });

  router.patch('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const changes = parse(updateMembershipBody, req.body, 'body');
    const current = await getMembership(stores, id);
    requireCommitteeManager(req, current.organization);
    const membership = await updateMembership(stores, current, changes);
    await auditFor(
      stores,
      req,
    )({
      action: 'update',
      entityType: 'Membership',
      entityId: id,
      organization: membership.organization,
      summary: 'Mitgliedschaft geändert',
      details: { person: membership.person, fields: Object.keys(changes) },
    });
    const [presented] = await present([membership]);
    res.json(presented);
  });

  router.post('/:id/end', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const { endDate } = parse(endMembershipBody, req.body, 'body');
    const current = await getMembership(stores, id);
    requireCommitteeManager(req, current.organization);
    const membership = await endMembership(stores, current, endDate);
    await auditFor(
      stores,
      req,
    )({
      action: 'update',
      entityType: 'Membership',
      entityId: id,
      organization: membership.organization,
      summary: 'Mitgliedschaft beendet',
      details: { person: membership.person, endDate: endDate.toISOString() },
    });
    const [presented] = await present([membership]);
    res.json(presented);
  });

  return router;
}
