import { Router, type Request } from 'express';
import { fileInquiry } from '../../../domain/inquiries/filing';
import { recordOralQuestion } from '../../../domain/inquiries/oral';
import type { InquiryDeps } from '../../../domain/inquiries/ports';
import { getInquiry, listInquiries } from '../../../domain/inquiries/queries';
import {
  acceptInquiry,
  answerInquiry,
  assignInquiry,
  publishInquiry,
  rejectInquiry,
  supplementInquiry,
  withdrawInquiry,
} from '../../../domain/inquiries/transitions';
import { parse } from '../../errors';
import { requirePrincipal } from '../common/access';
import { idParams } from '../common/schemas';
import { presentInquiry } from './presenter';
import { answerBody, assignBody, fileInquiryBody, listInquiriesQuery, oralBody, rejectBody } from './schema';

/**
 * /api/v1/inquiries: Anfragen by role. The office triages, assigns and publishes; the assigned
 * department answers; members file and withdraw their own. Use cases audit every change and
 * every read of a non-public Anfrage.
 */
export function inquiriesRouter(deps: InquiryDeps, clock: () => Date): Router {
  const router = Router();
  const idOf = (req: Request) => parse(idParams, req.params, 'params').id;

  router.get('/', async (req, res) => {
    const principal = requirePrincipal(req);
    const query = parse(listInquiriesQuery, req.query, 'query');
    const items = await listInquiries(deps, principal, {
      states: query.state,
      committeeId: query.committee,
      dueBefore: query.dueBefore,
      dueAfter: query.dueAfter,
      mine: query.mine,
      limit: query.limit,
    });
    res.json({ items: items.map(presentInquiry) });
  });

  router.get('/:id', async (req, res) => {
    const principal = requirePrincipal(req);
    res.json(presentInquiry(await getInquiry(deps, principal, idOf(req))));
  });

  router.post('/', async (req, res) => {
    const principal = requirePrincipal(req);
    const body = parse(fileInquiryBody, req.body, 'body');
    const result = await fileInquiry(deps, principal, body, clock());
    if (result.status === 'filed') {
      res.status(201).json({ status: 'filed', inquiry: result.inquiry, late: result.late ?? false });
    } else if (result.status === 'late') {
      res.status(409).json({
        status: 'late',
        error: {
          code: 'inquiry_late',
          message:
            'Die Frist für diese Sitzung ist abgelaufen; mit acceptLate wird die Anfrage für die nächste Sitzung eingereicht.',
        },
        deadline: result.deadline,
        nextMeeting: result.nextMeeting,
      });
    } else {
      const fields = Object.entries(result.errors).map(([path, message]) => ({
        path,
        location: 'body',
        message,
      }));
      res.status(result.forbidden ? 403 : 400).json({
        status: 'invalid',
        error: {
          code: result.forbidden ? 'inquiry_not_member' : 'inquiry_invalid',
          message: fields[0]?.message ?? '',
          fields,
          requestId: req.id,
        },
        errorsEn: result.errorsEn,
      });
    }
  });

  router.post('/oral', async (req, res) => {
    const principal = requirePrincipal(req);
    const body = parse(oralBody, req.body, 'body');
    const { inquiry, followUpId } = await recordOralQuestion(deps, principal, body, clock());
    res.status(201).json({ inquiry: presentInquiry(inquiry), followUpId: followUpId ?? null });
  });

  router.post('/:id/accept', async (req, res) => {
    res.json(presentInquiry(await acceptInquiry(deps, requirePrincipal(req), idOf(req), clock())));
  });

  router.post('/:id/reject', async (req, res) => {
    const body = parse(rejectBody, req.body ?? {}, 'body');
    res.json(presentInquiry(await rejectInquiry(deps, requirePrincipal(req), idOf(req), body, clock())));
  });

  router.post('/:id/assign', async (req, res) => {
    const body = parse(assignBody, req.body ?? {}, 'body');
    res.json(presentInquiry(await assignInquiry(deps, requirePrincipal(req), idOf(req), body, clock())));
  });

  router.post('/:id/answer', async (req, res) => {
    const body = parse(answerBody, req.body ?? {}, 'body');
    res.json(presentInquiry(await answerInquiry(deps, requirePrincipal(req), idOf(req), body, clock())));
  });

  router.post('/:id/publish', async (req, res) => {
    res.json(presentInquiry(await publishInquiry(deps, requirePrincipal(req), idOf(req), clock())));
  });

  router.post('/:id/withdraw', async (req, res) => {
    res.json(presentInquiry(await withdrawInquiry(deps, requirePrincipal(req), idOf(req), clock())));
  });

  router.post('/:id/supplement', async (req, res) => {
    const body = parse(answerBody, req.body ?? {}, 'body');
    res.json(presentInquiry(await supplementInquiry(deps, requirePrincipal(req), idOf(req), body, clock())));
  });

  return router;
}
