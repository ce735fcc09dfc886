import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthorizationError, type App, type ReceiverEvent } from '@slack/bolt';
import type { Logger } from 'pino';
import type { AckFirstQueue } from './after-ack';
import type { VerifiedBody } from './verify-signature';

/** How long a listener may take to answer a request whose ack carries its answer (Slack waits 3 s). */
const ACK_DEADLINE_MS = 3_001;

/**
 * Payloads whose listeners acknowledge without content: Events API callbacks, slash commands,
 * button presses and shortcuts. They are acknowledged on arrival; everything else (view
 * submissions with inline errors or a next step, options) waits for its listener's ack.
 */
function acknowledgedOnArrival(body: Record<string, unknown>): boolean {
  if (typeof body.command === 'string') return true;
  return ['event_callback', 'block_actions', 'shortcut', 'message_action', 'interactive_message'].includes(
    String(body.type),
  );
}

export interface SlackEventsEndpointDeps {
  verify: (req: IncomingMessage) => Promise<VerifiedBody>;
  app: Pick<App, 'processEvent'>;
  queue: AckFirstQueue;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  path: string;
}

/**
 * Slack's events endpoint as a plain Node handler (no Express, no Bolt receiver, nothing else
 * before the ack): the request counts as waiting for its ack from its first byte, is verified
 * (signature and age) before anything else, parsed and acknowledged; only then is it handed to
 * the Bolt app, behind the acks still pending, and logged.
 */
export function slackEventsEndpoint(
  deps: SlackEventsEndpointDeps,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const started = performance.now();
    const answered = deps.queue.arrived();
    res.once('close', answered);
    const logged = (status: number) => ({
      req: { method: req.method, path: deps.path },
      res: { statusCode: status },
      responseTime: Math.round(performance.now() - started),
    });
    try {
      await handle(req, res, answered, logged);
    } catch (err) {
      deps.logger.error({ err, ...logged(500) }, 'slack request failed');
      if (!res.headersSent) reply(res, 500);
    }
  };

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    answered: () => void,
    logged: (status: number) => Record<string, unknown>,
  ): Promise<void> {
    const verified = await deps.verify(req);
    if ('refused' in verified) {
      reply(res, verified.refused);
      deps.logger.warn(logged(verified.refused), 'slack request with invalid or old signature refused');
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = parseBody(verified.rawBody, req.headers['content-type']);
    } catch {
      reply(res, 400);
      deps.logger.warn(logged(400), 'slack request body unreadable');
      return;
    }
    if (body.ssl_check !== undefined) return reply(res, 200);
    if (body.type === 'url_verification') return reply(res, 200, { challenge: body.challenge });
    const event = { body, retryNum: retryNum(req), retryReason: header(req, 'x-slack-retry-reason') };
    if (acknowledgedOnArrival(body)) {
      reply(res, 200);
      answered();
      const line = logged(200);
      deps.queue.run(async () => {
        deps.logger.info(line, 'request completed');
        await deps.app.processEvent({ ...event, ack: contentAfterAck(deps.logger, body) });
      });
      return;
    }
    // From here on the listener's own work runs; it is no longer an ack waiting in line.
    answered();
    const status = await processAnsweringInAck(deps, event, res);
    deps.logger.info(logged(status), 'request completed');
  }
}

/** Runs the listeners; the ack (or the deadline) answers the request. Returns the status sent. */
async function processAnsweringInAck(
  deps: SlackEventsEndpointDeps,
  event: Omit<ReceiverEvent, 'ack'>,
  res: ServerResponse,
): Promise<number> {
  let status: number | undefined;
  const answer = (code: number, content?: unknown) => {
    if (status !== undefined) return;
    status = code;
    clearTimeout(deadline);
    reply(res, code, content);
  };
  const deadline = setTimeout(() => {
    deps.logger.error({ type: event.body.type }, 'slack request not acknowledged within 3 seconds');
    answer(404);
  }, ACK_DEADLINE_MS);
  try {
    await deps.app.processEvent({
      ...event,
      ack: async (content?: unknown) => {
        if (status !== undefined)
          deps.logger.warn({ type: event.body.type }, 'slack ack after the answer was sent; ignored');
        answer(200, content);
      },
    });
    if (status === undefined)
      deps.logger.error({ type: event.body.type }, 'slack request left without an ack');
    answer(404);
  } catch (err) {
    deps.logger.error({ err, type: event.body.type }, 'slack request failed before its ack');
    answer(err instanceof AuthorizationError ? 401 : 500);
  }
  return status ?? 500;
}

/** The ack a listener calls after the endpoint acknowledged: content could no longer reach Slack. */
function contentAfterAck(logger: Pick<Logger, 'warn'>, body: Record<string, unknown>) {
  return async (content?: unknown) => {
    if (content !== undefined && content !== '')
      logger.warn(
        { type: body.type, command: body.command },
        'slack ack content after the ack was sent; dropped',
      );
  };
}

function reply(res: ServerResponse, status: number, content?: unknown): void {
  if (content === undefined || content === '') {
    res.writeHead(status, { 'content-length': 0 }).end();
    return;
  }
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  res
    .writeHead(status, {
      'content-type': typeof content === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
}

/** Slack sends form posts (commands; interactions as a JSON `payload` field) and JSON events. */
function parseBody(rawBody: Buffer, contentType: string | undefined): Record<string, unknown> {
  const raw = rawBody.toString('utf8');
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const form = Object.fromEntries(new URLSearchParams(raw));
    return typeof form.payload === 'string' ? (JSON.parse(form.payload) as Record<string, unknown>) : form;
  }
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('not a JSON object');
  return parsed as Record<string, unknown>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function retryNum(req: IncomingMessage): number | undefined {
  const value = header(req, 'x-slack-retry-num');
  return value === undefined ? undefined : Number.parseInt(value, 10);
}
