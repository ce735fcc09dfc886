import { Router } from 'express';
import { recordResult, type RecordResultDeps } from '../../../domain/results/record-result';
import { resultMinutesLines, resultSentence } from '../../../domain/results/result-text';
import { parse } from '../../errors';
import { meetingManagedBy } from '../meetings/managed-meeting';
import { recordResultBody, resultParams } from './schema';

/**
 * PUT /api/v1/meetings/:id/agenda-items/:itemId/result: the office records the resolution and the
 * vote of one item (mounted at `/meetings`). Posting to the channels and the audit entry happen in
 * the use case.
 */
export function resultsRouter(deps: RecordResultDeps): Router {
  const router = Router();

  router.put('/:id/agenda-items/:itemId/result', async (req, res) => {
    const { id, itemId } = parse(resultParams, req.params, 'params');
    await meetingManagedBy(req, deps.meetings, id);
    const { version, resolutionText, result, ...vote } = parse(recordResultBody, req.body, 'body');
    const recorded = await recordResult(deps, req.actor, {
      meetingId: id,
      itemId,
      version,
      resolutionText,
      vote: { kind: result, ...vote },
      requestId: String(req.id),
    });
    const { item, vote: stored, meeting, queued } = recorded;
    res.json({
      item: {
        id: item.id,
        number: item.number,
        name: item.name,
        public: item.public,
        result: item.result ?? null,
        resolutionText: item.resolutionText ?? null,
        vote: stored,
        resultText: resultSentence(stored),
        minutesLines: resultMinutesLines(stored),
      },
      meeting: { id: meeting.id, version: meeting.version },
      channelsNotified: queued,
    });
  });

  return router;
}
