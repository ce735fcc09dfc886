import { Router } from 'express';
import { announcingChanges } from '../../../domain/announcements/announcing-changes';
import { MEETING_STATE_LABELS } from '../../../domain/meetings/lifecycle';
import {
  deleteMeeting,
  moveMeetingToState,
  planMeeting,
  reviseMeeting,
} from '../../../domain/meetings/meeting-use-cases';
import { viewMeetingFollowUps } from '../../../domain/meetings/meeting-follow-ups';
import { describeMeetings, presentableMeeting, viewMeeting } from '../../../domain/meetings/meeting-view';
import { parse } from '../../errors';
import { agendaItemsRouter } from '../agenda-items/router';
import { requireCommitteeManager } from '../common/access';
import { auditFor } from '../common/audit';
import type { DashboardApiDeps } from '../common/deps';
import { idParams } from '../common/schemas';
import { presentMeetingFollowUps } from './follow-ups-presenter';
import { meetingManagedBy } from './managed-meeting';
import { presentMeetingDetail, presentMeetingSummary } from './presenter';
import { changeStateBody, createMeetingBody, listMeetingsQuery, updateMeetingBody } from './schema';

/** /api/v1/meetings: the calendar (public) and, for the office, meetings and their agendas. */
export function meetingsRouter(deps: DashboardApiDeps): Router {
  const { stores, clock } = deps;
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parse(listMeetingsQuery, req.query, 'query');
    const page = await stores.meetings.list({
      ...query,
      organizations: query.organization,
      states: query.state,
    });
    const described = await describeMeetings(stores.committees, page.items);
    res.json({
      ...page,
      items: described.map(({ meeting, committee }) => presentMeetingSummary(meeting, committee)),
    });
  });

  router.get('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const view = await viewMeeting(stores, req.actor, id);
    if (view.confidentialIncluded) {
      await auditFor(
        stores,
        req,
      )({
        action: 'read',
        entityType: 'Meeting',
        entityId: id,
        organization: view.meeting.organization,
        summary: `Nichtöffentliche Tagesordnung „${view.meeting.name}“ gelesen`,
      });
    }
    res.json(presentMeetingDetail(view));
  });

  /** Results and follow-ups: kept apart from the detail so the calendar's page load stays small. */
  router.get('/:id/follow-ups', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const view = await viewMeetingFollowUps(stores, req.actor, id, clock());
    if (view.confidentialIncluded) {
      await auditFor(
        stores,
        req,
      )({
        action: 'read',
        entityType: 'Meeting',
        entityId: id,
        organization: view.meeting.organization,
        summary: `Nichtöffentliche Aufträge und Zusagen der Sitzung „${view.meeting.name}“ gelesen`,
        details: { followUps: view.nonPublicCount },
      });
    }
    res.json(presentMeetingFollowUps(view));
  });

  router.post('/', async (req, res) => {
    const input = parse(createMeetingBody, req.body, 'body');
    requireCommitteeManager(req, input.organization);
    const meeting = await planMeeting(stores, input);
    await auditFor(
      stores,
      req,
    )({
      action: 'create',
      entityType: 'Meeting',
      entityId: meeting.id,
      organization: meeting.organization,
      summary: `Sitzung „${meeting.name}“ angelegt`,
      details: { start: meeting.start.toISOString(), template: input.template ?? null },
    });
    res.status(201).json(presentMeetingDetail(await presentableMeeting(stores, req.actor, meeting)));
  });

  router.patch('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    await meetingManagedBy(req, stores.meetings, id);
    const { version, ...revision } = parse(updateMeetingBody, req.body, 'body');
    const { meeting } = await announcingChanges(deps.announcements, id, () =>
      reviseMeeting(stores, id, version, revision),
    );
    await auditFor(
      stores,
      req,
    )({
      action: 'update',
      entityType: 'Meeting',
      entityId: id,
      organization: meeting.organization,
      summary: `Sitzung „${meeting.name}“ geändert`,
      details: { fields: Object.keys(revision) },
    });
    res.json(presentMeetingDetail(await presentableMeeting(stores, req.actor, meeting)));
  });

  router.post('/:id/state', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    await meetingManagedBy(req, stores.meetings, id);
    const { state, version } = parse(changeStateBody, req.body, 'body');
    const { meeting, before } = await announcingChanges(deps.announcements, id, () =>
      moveMeetingToState(stores.meetings, id, state, clock(), version),
    );
    await auditFor(
      stores,
      req,
    )({
      action: 'update',
      entityType: 'Meeting',
      entityId: id,
      organization: meeting.organization,
      summary: `Sitzung „${meeting.name}“: ${MEETING_STATE_LABELS[before.state].de} → ${MEETING_STATE_LABELS[state].de}`,
      details: { from: before.state, to: state },
    });
    res.json(presentMeetingDetail(await presentableMeeting(stores, req.actor, meeting)));
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    await meetingManagedBy(req, stores.meetings, id);
    const deleted = await deleteMeeting(stores.meetings, id);
    await auditFor(
      stores,
      req,
    )({
      action: 'delete',
      entityType: 'Meeting',
      entityId: id,
      organization: deleted.organization,
      summary: `Sitzung „${deleted.name}“ gelöscht`,
    });
    res.status(204).end();
  });

  router.use('/:meetingId/agenda-items', agendaItemsRouter(deps));

  return router;
}
