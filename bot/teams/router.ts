import express, { type Router } from 'express';
import type { CloudAdapter } from 'botbuilder';
import type { TeamsBot } from './teams-bot';

export const TEAMS_MESSAGES_PATH = '/api/messages';

/**
 * `POST /api/messages`: the Bot Framework endpoint. Requests are authenticated by botbuilder (JWT
 * from the Bot Framework); it parses its own JSON body, so mount it at TEAMS_MESSAGES_PATH before any
 * global body parser and exempt the path from CSRF checks.
 */
export function createTeamsRouter(deps: { adapter: CloudAdapter; bot: TeamsBot }): Router {
  const router = express.Router();
  router.post('/', express.json({ limit: '1mb' }), async (req, res, next) => {
    try {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** Without an app registration nobody may talk to `/api/messages` (auth off exists only in the playground). */
export function createTeamsNotConfiguredRouter(): Router {
  const router = express.Router();
  router.post('/', (_req, res) => {
    res.status(503).json({
      error: 'teams_not_configured',
      message:
        'Teams ist nicht eingerichtet (MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID). / Teams is not configured.',
    });
  });
  return router;
}
