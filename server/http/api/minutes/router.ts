import { Router } from 'express';
import type { AuditLog } from '../../../domain/audit/ports';
import { draftMinutes } from '../../../domain/minutes/draft-minutes';
import type { MinutesSource } from '../../../domain/minutes/ports';
import { parse } from '../../errors';
import { requirePrincipal } from '../common/access';
import { auditFor } from '../common/audit';
import { documentQuery, minutesParams } from './schema';
import { sendDocument } from './send-document';

/**
 * GET /api/v1/meetings/:id/minutes?format=json|md|docx: the draft Niederschrift (mounted at
 * `/meetings`). A draft is not yet approved: only logged-in users get it, the nichtöffentlicher
 * Teil only those with rights in the committee, audited.
 */
export function minutesRouter(deps: { minutes: MinutesSource; audit: AuditLog }): Router {
  const router = Router();

  router.get('/:id/minutes', async (req, res) => {
    requirePrincipal(req);
    const { id } = parse(minutesParams, req.params, 'params');
    const { format } = parse(documentQuery, req.query, 'query');
    const draft = await draftMinutes(deps.minutes, req.actor, id);
    if (draft.includesNonPublic) {
      await auditFor(
        { audit: deps.audit },
        req,
      )({
        action: 'read',
        entityType: 'Meeting',
        entityId: id,
        organization: draft.data.committeeId,
        summary: `Entwurf der Niederschrift „${draft.data.meetingName}“ mit nichtöffentlichem Teil gelesen`,
        details: { format, nonPublicItems: draft.nonPublicCount },
      });
    }
    await sendDocument(res, format, draft.document, draft.fileName, () => ({
      meetingId: id,
      includesNonPublic: draft.includesNonPublic,
      nonPublicCount: draft.nonPublicCount,
      document: draft.document,
    }));
  });

  return router;
}
