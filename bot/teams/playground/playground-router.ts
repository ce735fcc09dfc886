import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import type { ConversationHandler } from '../../chat/inbound';
import { handleTurnErrors } from '../adapter';
import { MemoryTeamsConversationStore } from '../memory-conversation-store';
import { TeamsBot } from '../teams-bot';
import type { PersonaDirectory } from './personas';
import { playgroundActivity, playgroundRequestSchema } from './playground-activity';

export const PLAYGROUND_PATH = '/bot-ausprobieren';

export interface PlaygroundDeps {
  /** NODE_ENV; anything but development refuses to build the page. */
  env: string;
  conversations: ConversationHandler;
  personas: PersonaDirectory;
  logger: Logger;
}

export interface PlaygroundReply {
  /** Messages the bot sent (Adaptive Cards or plain text). */
  messages: { text?: string; cards: unknown[] }[];
  /** The answer to a pressed button: a replacement card or a short message. */
  invokeResponse?: { statusCode?: number; type?: string; value?: unknown };
}

/**
 * "Bot ausprobieren": try the Teams bot without Microsoft accounts. Runs the real TeamsBot through
 * an in-process CloudAdapter whose authentication is off (no app id) and buffers replies
 * (`expectReplies`). Development only.
 */
export function createPlaygroundRouter(deps: PlaygroundDeps): Router {
  if (deps.env !== 'development')
    throw new Error('The "Bot ausprobieren" page exists only in development (NODE_ENV=development).');
  // No app id: botbuilder treats every request as anonymous. Only ever built in development.
  const adapter = handleTurnErrors(
    new PlaygroundAdapter(new ConfigurationBotFrameworkAuthentication({})),
    deps.logger,
  );
  const bot = new TeamsBot({
    conversations: deps.conversations,
    store: new MemoryTeamsConversationStore(),
    // Every request gets a fresh activity id; nothing to deduplicate.
    processOnce: (_key, fn) => fn(),
    logger: deps.logger,
  });

  const router = express.Router();
  const pageDir = fileURLToPath(new URL('./page/', import.meta.url));
  const adaptiveCardsBundle = createRequire(import.meta.url).resolve(
    'adaptivecards/dist/adaptivecards.min.js',
  );

  router.get('/', (_req, res) => res.sendFile('index.html', { root: pageDir }));
  router.get('/adaptivecards.min.js', (_req, res) => res.sendFile(adaptiveCardsBundle));
  router.use('/assets', express.static(pageDir, { index: false }));

  router.get('/personen', async (_req, res, next) => {
    try {
      res.json({ personas: await deps.personas.list() });
    } catch (error) {
      next(error);
    }
  });

  router.post('/nachricht', express.json({ limit: '64kb' }), async (req, res, next) => {
    try {
      // JSON only: a cross-site form cannot send it without a CORS preflight.
      if (!req.is('application/json')) return void res.status(415).json({ error: 'json_required' });
      const parsed = playgroundRequestSchema.safeParse(req.body);
      if (!parsed.success)
        return void res.status(400).json({ error: 'invalid_request', issues: parsed.error.issues });
      const identity = await deps.personas.identityOf(parsed.data.personaId);
      if (!identity) return void res.status(400).json({ error: 'unknown_persona' });
      const activity = playgroundActivity(parsed.data, identity) as Activity;
      const result = await adapter.runInProcess(activity, (context) => bot.run(context));
      res.json(toReply((result?.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? []));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

class PlaygroundAdapter extends CloudAdapter {
  runInProcess(
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity('', activity, logic);
  }
}

function toReply(activities: Partial<Activity>[]): PlaygroundReply {
  const reply: PlaygroundReply = { messages: [] };
  for (const activity of activities) {
    if (activity.type === 'invokeResponse') {
      reply.invokeResponse = (activity.value as { body?: PlaygroundReply['invokeResponse'] } | undefined)
        ?.body;
    } else if (activity.type === 'message') {
      reply.messages.push({
        ...(activity.text ? { text: activity.text } : {}),
        cards: (activity.attachments ?? []).map((attachment) => attachment.content),
      });
    }
  }
  return reply;
}
