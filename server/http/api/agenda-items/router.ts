import { Router, type Request } from 'express';
import { announcingChanges } from '../../../domain/announcements/announcing-changes';
import type { AuditWrite } from '../../../domain/audit/ports';
import {
  addItemToAgenda,
  changeAgendaItem,
  removeItemFromAgenda,
  reorderMeetingAgenda,
} from '../../../domain/meetings/agenda-use-cases';
import { presentableMeeting } from '../../../domain/meetings/meeting-view';
import type { AgendaItemRecord, MeetingRecord } from '../../../domain/meetings/ports';
import { parse } from '../../errors';
import { auditFor } from '../common/audit';
import type { DashboardApiDeps } from '../common/deps';
import { meetingManagedBy } from '../meetings/managed-meeting';
import { presentAgendaItem, presentMeetingDetail } from '../meetings/presenter';
import {
  addItemBody,
  deleteItemQuery,
  itemParams,
  meetingParams,
  reorderBody,
  updateItemBody,
} from './schema';

/**
 * /api/v1/meetings/:meetingId/agenda-items: the office edits the Tagesordnung. Every change is one
 * versioned write of the meeting; a stale `version` from the client answers 409.
 */
export function agendaItemsRouter({ stores, announcements }: DashboardApiDeps): Router {
  const router = Router({ mergeParams: true });

  const answer = async (req: Request, meeting: MeetingRecord, item?: AgendaItemRecord) => {
    const view = await presentableMeeting(stores, req.actor, meeting);
    const papers = new Map(view.papers.map((paper) => [paper.id, paper]));
    return {
      ...(item ? { item: presentAgendaItem(item, papers) } : {}),
      meeting: presentMeetingDetail(view),
    };
  };
  const audit = (
    req: Request,
    meeting: MeetingRecord,
    summary: string,
    details: AuditWrite['details'] = {},
  ) =>
    auditFor(
      stores,
      req,
    )({
      action: 'update',
      entityType: 'Meeting',
      entityId: meeting.id,
      organization: meeting.organization,
      summary,
      details,
    });

  router.post('/', async (req, res) => {
    const { meetingId } = parse(meetingParams, req.params, 'params');
    await meetingManagedBy(req, stores.meetings, meetingId);
    const { version, paperId, ...input } = parse(addItemBody, req.body, 'body');
    const { meeting, value: added } = await announcingChanges(announcements, meetingId, () =>
      addItemToAgenda(stores, meetingId, version, { ...input, paper: paperId }),
    );
    const how = added.supplement ? 'als Nachtrag ' : '';
    await audit(req, meeting, `TOP ${added.number} „${added.name}“ ${how}hinzugefügt`, { itemId: added.id });
    res.status(201).json(await answer(req, meeting, added));
  });

  router.put('/order', async (req, res) => {
    const { meetingId } = parse(meetingParams, req.params, 'params');
    await meetingManagedBy(req, stores.meetings, meetingId);
    const { version, ids } = parse(reorderBody, req.body, 'body');
    const { meeting } = await announcingChanges(announcements, meetingId, () =>
      reorderMeetingAgenda(stores, meetingId, version, ids),
    );
    await audit(req, meeting, 'Tagesordnung neu geordnet', { ids });
    res.json(await answer(req, meeting));
  });

  router.patch('/:itemId', async (req, res) => {
    const { meetingId, itemId } = parse(itemParams, req.params, 'params');
    await meetingManagedBy(req, stores.meetings, meetingId);
    const body = parse(updateItemBody, req.body, 'body');
    const { version, paperId, ...changes } = body;
    const { meeting, value: item } = await announcingChanges(announcements, meetingId, () =>
      changeAgendaItem(stores, meetingId, itemId, version, { ...changes, paper: paperId }),
    );
    await audit(req, meeting, `TOP ${item.number} „${item.name}“ geändert`, {
      itemId,
      fields: Object.keys(body).filter((key) => key !== 'version'),
    });
    res.json(await answer(req, meeting, item));
  });

  router.delete('/:itemId', async (req, res) => {
    const { meetingId, itemId } = parse(itemParams, req.params, 'params');
    await meetingManagedBy(req, stores.meetings, meetingId);
    const { version } = parse(deleteItemQuery, req.query, 'query');
    const { meeting, value: removed } = await announcingChanges(announcements, meetingId, () =>
      removeItemFromAgenda(stores, meetingId, itemId, version),
    );
    await audit(req, meeting, `TOP ${removed.number} „${removed.name}“ entfernt`, { itemId });
    res.json(await answer(req, meeting));
  });

  return router;
}
