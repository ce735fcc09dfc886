import { Router } from 'express';
import type { AnnouncementDeps } from '../../../domain/announcements/ports';
import { postOfficeUpdate } from '../../../domain/announcements/post-office-update';
import { publishMeeting } from '../../../domain/announcements/publish-meeting';
import { AppError, parse } from '../../errors';
import { requireCommitteeManager } from '../common/access';
import { committeeIdParams, meetingIdParams, officeUpdateBody } from './schema';

export interface AnnouncementsApiDeps {
  announcements: AnnouncementDeps;
  findCommittee(id: string): Promise<{ id: string; shortName: string } | undefined>;
  /** E.g. the outbox dispatcher's `nudge`. */
  onQueued?: () => void;
}

/**
 * Mounted at `/api/v1`: POST /meetings/:id/publish and POST /committees/:id/announcements,
 * both for the office of that committee. The use cases write the audit entries.
 */
export function announcementsRouter(deps: AnnouncementsApiDeps): Router {
  const router = Router();

  router.post('/meetings/:id/publish', async (req, res) => {
    const { id } = parse(meetingIdParams, req.params, 'params');
    const meeting = await deps.announcements.store.findMeeting(id);
    if (!meeting) throw new AppError('not_found');
    requireCommitteeManager(req, meeting.committeeId);
    const result = await publishMeeting(deps.announcements, req.actor, id);
    deps.onQueued?.();
    res.json({
      meetingId: id,
      publishedAt: result.meeting.publishedAt,
      channels: result.channels,
      queued: result.queued,
    });
  });

  router.post('/committees/:id/announcements', async (req, res) => {
    const { id } = parse(committeeIdParams, req.params, 'params');
    requireCommitteeManager(req, id);
    const body = parse(officeUpdateBody, req.body, 'body');
    const committee = await deps.findCommittee(id);
    if (!committee) throw new AppError('not_found');
    const result = await postOfficeUpdate(deps.announcements, req.actor, {
      committeeId: id,
      committeeShortName: committee.shortName,
      text: body.text,
      confidential: body.confidential,
    });
    deps.onQueued?.();
    res.status(202).json(result);
  });

  return router;
}
