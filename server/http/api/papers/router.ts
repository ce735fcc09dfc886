import { Router } from 'express';
import { confidentialScope, mayEditPaperOf } from '../../../domain/access/visibility';
import { readPaper, registerPaper, updatePaper } from '../../../domain/papers/paper-use-cases';
import { parse } from '../../errors';
import { refuse } from '../common/access';
import { auditFor } from '../common/audit';
import type { DashboardApiDeps } from '../common/deps';
import { idParams } from '../common/schemas';
import { presentPaper } from './presenter';
import { createPaperBody, listPapersQuery, updatePaperBody } from './schema';

/** /api/v1/papers: Vorlagen. Non-public ones only for readers with rights in a consulting committee. */
export function papersRouter({ stores }: DashboardApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parse(listPapersQuery, req.query, 'query');
    const page = await stores.papers.list({ ...query, visibleTo: confidentialScope(req.actor) });
    const confidential = page.items.filter((paper) => !paper.public);
    if (confidential.length) {
      await auditFor(
        stores,
        req,
      )({
        action: 'read',
        entityType: 'Paper',
        summary: `${confidential.length} nichtöffentliche Vorlage(n) in einer Liste gelesen`,
        details: { ids: confidential.map((paper) => paper.id) },
      });
    }
    res.json({ ...page, items: page.items.map(presentPaper) });
  });

  router.get('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const paper = await readPaper(stores.papers, req.actor, id);
    if (!paper.public) {
      await auditFor(
        stores,
        req,
      )({
        action: 'read',
        entityType: 'Paper',
        entityId: id,
        organization: paper.organizations[0],
        summary: `Nichtöffentliche Vorlage ${paper.reference} gelesen`,
      });
    }
    res.json(presentPaper(paper));
  });

  router.post('/', async (req, res) => {
    const input = parse(createPaperBody, req.body, 'body');
    if (!mayEditPaperOf(req.actor, input.organizations)) throw refuse(req.actor);
    const paper = await registerPaper(stores, input);
    await auditFor(
      stores,
      req,
    )({
      action: 'create',
      entityType: 'Paper',
      entityId: paper.id,
      organization: paper.organizations[0],
      summary: `Vorlage ${paper.reference} angelegt`,
    });
    res.status(201).json(presentPaper(paper));
  });

  router.patch('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const current = await readPaper(stores.papers, req.actor, id);
    if (!mayEditPaperOf(req.actor, current.organizations)) throw refuse(req.actor);
    const changes = parse(updatePaperBody, req.body, 'body');
    if (changes.organizations && !mayEditPaperOf(req.actor, changes.organizations)) throw refuse(req.actor);
    const paper = await updatePaper(stores, current, changes);
    await auditFor(
      stores,
      req,
    )({
      action: 'update',
      entityType: 'Paper',
      entityId: id,
      organization: paper.organizations[0],
      summary: `Vorlage ${paper.reference} geändert`,
      details: { fields: Object.keys(changes) },
    });
    res.json(presentPaper(paper));
  });

  return router;
}
