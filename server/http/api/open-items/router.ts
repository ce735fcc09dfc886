import { Router } from 'express';
import { listOpenItems, openItemsScope } from '../../../domain/open-items/open-items';
import { parse } from '../../errors';
import { refuse } from '../common/access';
import { auditFor } from '../common/audit';
import type { DashboardApiDeps } from '../common/deps';
import { presentCount, presentOpenItem } from './presenter';
import { openItemsQuery } from './schema';

/**
 * /api/v1/open-items: pending Anfragen and open follow-ups, overdue first, one page at a time
 * (`page`, `pageSize`), with `total` and the counts per committee over everything visible.
 */
export function openItemsRouter({ stores, clock }: DashboardApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const scope = openItemsScope(req.actor);
    if (!scope) throw refuse(req.actor);
    const query = parse(openItemsQuery, req.query, 'query');
    const report = await listOpenItems(
      stores.openItems,
      req.actor,
      scope,
      { organizations: query.organization, kind: query.kind, overdueOnly: query.overdue },
      clock(),
      { page: query.page, pageSize: query.pageSize },
    );
    const committeeIds = new Set(report.counts.map((count) => count.organization));
    const committees = new Map((await stores.committees.findByIds([...committeeIds])).map((c) => [c.id, c]));
    const confidential = report.items.filter((item) => !item.public);
    if (confidential.length) {
      await auditFor(
        stores,
        req,
      )({
        action: 'read',
        entityType: 'OpenItems',
        summary: `${confidential.length} nichtöffentliche offene Punkte gelesen`,
        details: { items: confidential.map((item) => ({ kind: item.kind, id: item.id })) },
      });
    }
    res.json({
      items: report.items.map((item) => presentOpenItem(item, committees)),
      page: query.page,
      pageSize: query.pageSize,
      total: report.total,
      counts: report.counts.map((count) => presentCount(count, committees)),
    });
  });

  return router;
}
