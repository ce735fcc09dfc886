import { createHash } from 'node:crypto';
import { mayManageCommittee, type Actor } from '../access/principal';
import { DomainError } from '../errors';
import { officeUpdateKey } from './keys';
import type { AnnouncementDeps } from './ports';

export interface OfficeUpdateInput {
  committeeId: string;
  committeeShortName: string;
  text: string;
  /** Only confidential channels get it (e.g. about a non-public item). */
  confidential: boolean;
}

const SAME_UPDATE_WINDOW_MS = 10 * 60_000;

/**
 * Mitteilung der Verwaltung: one text to every channel bound to the committee on both platforms.
 * A confidential update reaches confidential channels only. The same text from the same author
 * within ten minutes is one update (a double submit or a retried request sends it once).
 */
export async function postOfficeUpdate(
  deps: AnnouncementDeps,
  actor: Actor,
  input: OfficeUpdateInput,
): Promise<{ channels: number; queued: number }> {
  if (!mayManageCommittee(actor, input.committeeId) || actor.kind !== 'user') {
    throw new DomainError('forbidden', 'Nur die Geschäftsführung des Ausschusses darf Mitteilungen senden.');
  }
  const text = input.text.trim();
  if (text === '') throw new DomainError('validation_failed', 'Die Mitteilung ist leer.');
  const now = deps.clock();
  const window = Math.floor(now.getTime() / SAME_UPDATE_WINDOW_MS);
  const updateId = createHash('sha256')
    .update(`${actor.userId}\u0000${input.confidential}\u0000${text}\u0000${window}`)
    .digest('hex')
    .slice(0, 16);
  const channels = (await deps.store.activeBindings(input.committeeId)).filter(
    (channel) => !input.confidential || channel.confidentiality === 'confidential',
  );
  const message = deps.renderer.officeUpdate(
    { committeeShortName: input.committeeShortName, text, authorName: actor.displayName },
    deps.channelLocale,
  );
  const queued = await deps.outbox.enqueue(
    channels.map((channel) => ({
      key: officeUpdateKey(input.committeeId, updateId, channel),
      operation: 'post' as const,
      target: {
        platform: channel.platform,
        tenantId: channel.tenantId,
        channelId: channel.channelId,
        kind: 'channel' as const,
      },
      message,
      binding: channel.bindingId,
    })),
  );
  if (queued > 0) {
    await deps.audit.record({
      actorName: actor.displayName,
      userId: actor.userId,
      personId: actor.personId,
      action: 'create',
      entityType: 'OfficeUpdate',
      entityId: updateId,
      organization: input.committeeId,
      summary: `Mitteilung an ${channels.length} Kanäle${input.confidential ? ' (vertraulich)' : ''}`,
    });
  }
  return { channels: channels.length, queued };
}
