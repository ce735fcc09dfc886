import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { PLAYGROUND_TENANT, type PlaygroundIdentity } from './personas';

/** What the page sends: a typed command or a pressed card button (Action.Execute). */
export const playgroundRequestSchema = z
  .object({
    personaId: z.string().min(1).max(100),
    locale: z.enum(['de', 'en']).default('de'),
    where: z.enum(['personal', 'channel']).default('personal'),
    text: z.string().max(4000).optional(),
    action: z
      .object({
        verb: z.string().min(1).max(200),
        data: z.record(z.string(), z.unknown()).default({}),
      })
      .optional(),
  })
  .refine((request) => (request.text === undefined) !== (request.action === undefined), {
    message: 'Send either text or action.',
  });

export type PlaygroundRequest = z.infer<typeof playgroundRequestSchema>;

export const PLAYGROUND_BOT = { id: '28:gremienbot-ausprobieren', name: 'Gremienbot' };
export const PLAYGROUND_TEAM = { id: '19:ausprobieren-team@thread.tacv2', name: 'Bot ausprobieren' };
export const PLAYGROUND_CHANNEL = { id: '19:ausprobieren-kanal@thread.tacv2', name: 'Ausprobieren' };
/** Replies are buffered (expectReplies), so nothing is ever sent here. */
export const PLAYGROUND_SERVICE_URL = 'http://127.0.0.1:9/bot-ausprobieren/';

/** The Teams activity the real client would send for this request. Pure apart from the id. */
export function playgroundActivity(
  request: PlaygroundRequest,
  identity: PlaygroundIdentity,
): Partial<Activity> {
  const channel = request.where === 'channel';
  const base: Partial<Activity> = {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: PLAYGROUND_SERVICE_URL,
    deliveryMode: 'expectReplies',
    timestamp: new Date(),
    locale: request.locale === 'en' ? 'en-US' : 'de-DE',
    from: { id: `29:${identity.userId}`, name: identity.name, aadObjectId: identity.userId },
    recipient: PLAYGROUND_BOT,
    conversation: channel
      ? {
          id: PLAYGROUND_CHANNEL.id,
          name: PLAYGROUND_CHANNEL.name,
          conversationType: 'channel',
          tenantId: PLAYGROUND_TENANT,
          isGroup: true,
        }
      : {
          id: `a:ausprobieren-${identity.userId}`,
          name: '',
          conversationType: 'personal',
          tenantId: PLAYGROUND_TENANT,
          isGroup: false,
        },
    channelData: {
      tenant: { id: PLAYGROUND_TENANT },
      ...(channel ? { team: PLAYGROUND_TEAM, channel: PLAYGROUND_CHANNEL } : {}),
    },
  };
  if (request.action) {
    return {
      ...base,
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: request.action.verb, data: request.action.data },
        trigger: 'manual',
      },
    };
  }
  const text = request.text ?? '';
  if (!channel) return { ...base, type: 'message', text };
  const mention = `<at>${PLAYGROUND_BOT.name}</at>`;
  return {
    ...base,
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', mentioned: PLAYGROUND_BOT, text: mention }],
  };
}
