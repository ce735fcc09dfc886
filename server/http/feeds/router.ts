import { Router, type Response } from 'express';
import type { ICalCalendar } from 'ical-generator';
import { AppError } from '../errors';
import { buildCalendar, type FeedContent } from './calendar';
import { feedWindow, findCommittee, publicFeedMeetings } from './feed-source';
import { personalFeedContent } from './personal-feed';

export interface FeedsDeps {
  clock: () => Date;
  /** PUBLIC_URL: the host part of the UIDs and the base of the links back to the dashboard. */
  publicUrl: URL;
}

/** /feeds: iCalendar subscriptions (public overall, public per committee, personal by secret token). */
export function createFeedsRouter({ clock, publicUrl }: FeedsDeps): Router {
  const router = Router();
  const options = { host: publicUrl.hostname, dashboardUrl: publicUrl.origin };
  const send = (res: Response, calendar: ICalCalendar, filename: string, cache: 'public' | 'private') => {
    res.set('Content-Type', 'text/calendar; charset=utf-8');
    res.set('Content-Disposition', `inline; filename="${filename}"`);
    res.set('Cache-Control', cache === 'public' ? 'public, max-age=300' : 'private, no-store');
    res.send(calendar.toString());
  };
  const calendarOf = (content: FeedContent) => buildCalendar(content, options);

  router.get('/public.ics', async (_req, res) => {
    const meetings = await publicFeedMeetings(feedWindow(clock()));
    send(res, calendarOf({ name: 'Sitzungskalender (öffentlich)', meetings }), 'sitzungen.ics', 'public');
  });

  router.get('/committees/:id/public.ics', async (req, res) => {
    const committee = await findCommittee(req.params.id);
    if (!committee) throw new AppError('not_found');
    const meetings = await publicFeedMeetings(feedWindow(clock()), [committee.id]);
    send(
      res,
      calendarOf({ name: `${committee.name} (öffentlich)`, meetings }),
      `gremium-${committee.id}.ics`,
      'public',
    );
  });

  router.get('/personal/:token.ics', async (req, res) => {
    const content = await personalFeedContent(req.params.token, clock());
    if (!content) throw new AppError('not_found');
    send(res, calendarOf(content), 'meine-termine.ics', 'private');
  });

  return router;
}
