import { Router } from 'express';
import type { AuditLog } from '../../../domain/audit/ports';
import { fileNameOf } from '../../../domain/minutes/draft-minutes';
import { isoDay } from '../../../domain/minutes/german-dates';
import {
  entryState,
  openItemsReportFor,
  reportDocument,
  type ReportSource,
} from '../../../domain/reports/open-items-report';
import { AppError, parse } from '../../errors';
import { auditFor } from '../common/audit';
import { documentQuery, minutesParams } from '../minutes/schema';
import { sendDocument } from '../minutes/send-document';

/**
 * GET /api/v1/committees/:id/open-items-report?format=json|md|docx: the standing "Übersicht über die
 * offenen Beschlüsse, Prüf- und Arbeitsaufträge" (mounted at `/committees`).
 */
export function reportsRouter(deps: { reports: ReportSource; audit: AuditLog; clock: () => Date }): Router {
  const router = Router();

  router.get('/:id/open-items-report', async (req, res) => {
    const { id } = parse(minutesParams, req.params, 'params');
    const { format } = parse(documentQuery, req.query, 'query');
    const report = await openItemsReportFor(deps.reports, req.actor, id, deps.clock());
    if (!report) throw new AppError('not_found');
    if (report.includesNonPublic) {
      await auditFor(
        { audit: deps.audit },
        req,
      )({
        action: 'read',
        entityType: 'Organization',
        entityId: id,
        organization: id,
        summary: `Übersicht der offenen Beschlüsse und Aufträge mit nichtöffentlichen Einträgen gelesen (${report.committee.shortName})`,
        details: { format },
      });
    }
    const document = reportDocument(report);
    const fileName = fileNameOf(
      'Offene_Beschluesse_und_Auftraege',
      report.committee.shortName,
      isoDay(report.generatedAt),
    );
    await sendDocument(res, format, document, fileName, () => ({
      ...report,
      groups: report.groups.map((group) => ({
        ...group,
        entries: group.entries.map((entry) => ({ ...entry, state: entryState(entry) })),
      })),
    }));
  });

  return router;
}
