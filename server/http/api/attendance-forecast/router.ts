import { Router } from 'express';
import { mayReadConfidential } from '../../../domain/access/principal';
import type { AttendanceRequestDeps } from '../../../domain/attendance/requests/ports';
import { viewForecast } from '../../../domain/attendance/requests/view-forecast';
import type { Stores } from '../../../domain/stores';
import { AppError, parse } from '../../errors';
import { refuse } from '../common/access';
import { auditFor } from '../common/audit';
import { idParams } from '../common/schemas';
import { presentForecast } from './presenter';

/**
 * GET /api/v1/meetings/:id/forecast: the expected quorum with the names of those absent, for the
 * committee's office, its members and office heads. The names are internal: each read is audited.
 */
export function attendanceForecastRouter(deps: AttendanceRequestDeps, stores: Pick<Stores, 'audit'>): Router {
  const router = Router();
  router.get('/:id/forecast', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const meeting = await deps.store.findMeeting(id);
    if (!meeting) throw new AppError('not_found');
    if (!mayReadConfidential(req.actor, meeting.committeeId)) throw refuse(req.actor);
    const found = await viewForecast(deps, meeting);
    if (!found) throw new AppError('not_found');
    await auditFor(
      stores,
      req,
    )({
      action: 'read',
      entityType: 'AttendanceForecast',
      entityId: id,
      organization: meeting.committeeId,
      summary: `Anwesenheitsprognose „${found.announced.name}“ gelesen`,
    });
    res.json(presentForecast(found.announced, found.view));
  });
  return router;
}
