import { sendDirect } from '../notifications/direct-messages';
import type { FollowUpDeps } from './deps';
import type { TrackedFollowUp } from './tracking';

/** The persons who answer for the item: the owner person, or everyone of the owner department. */
export async function ownerPersons(deps: FollowUpDeps, followUp: TrackedFollowUp): Promise<string[]> {
  if (followUp.ownerPerson) return [followUp.ownerPerson];
  if (followUp.ownerDepartment) return deps.directory.personsOfDepartment(followUp.ownerDepartment);
  return [];
}

/** One direct message per person, each once per key and address; returns how many persons could be reached. */
export async function sendToPersons(
  deps: FollowUpDeps,
  personIds: readonly string[],
  key: string,
  message: Parameters<typeof sendDirect>[3],
): Promise<number> {
  let reached = 0;
  for (const personId of new Set(personIds)) {
    if ((await sendDirect(deps.direct, personId, key, message)) > 0) reached += 1;
  }
  return reached;
}

/** Closing announced: public items to every bound channel, confidential ones to confidential channels only; and the office. */
export async function announceClosed(deps: FollowUpDeps, followUp: TrackedFollowUp): Promise<void> {
  const channels = (await deps.channels.activeBindings(followUp.organization)).filter(
    (channel) => !followUp.confidential || channel.confidentiality === 'confidential',
  );
  const message = deps.messages.closed(followUp, deps.locale);
  await deps.outbox.enqueue(
    channels.map((channel) => ({
      key: `follow-up:${followUp.id}:closed:${channel.platform}:${channel.channelId}`,
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
  const office = await deps.directory.officePersons(followUp.organization);
  await sendToPersons(deps, office, `follow-up:${followUp.id}:closed:office`, (locale) =>
    deps.messages.closed(followUp, locale),
  );
  deps.onQueued?.();
}
