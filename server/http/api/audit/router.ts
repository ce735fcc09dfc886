import { Router } from 'express';
import { parse } from '../../errors';
import { requireAnyRole } from '../common/access';
import type { DashboardApiDeps } from '../common/deps';
import { presentAuditEvent } from './presenter';
import { auditQuery } from './schema';

/** /api/v1/audit: the audit log, newest first, for office heads and admins. */
export function auditRouter({ stores }: DashboardApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    requireAnyRole(req, 'head', 'admin');
    const query = parse(auditQuery, req.query, 'query');
    const page = await stores.audit.list(query);
    res.json({ ...page, items: page.items.map(presentAuditEvent) });
  });

  return router;
}
