import type { Locale } from '../../../bot/chat/message';
import type { FollowUpDeps } from './deps';
import { digestWeek } from './due-days';
import { ownerPersons, sendToPersons } from './notify';
import type { TrackedFollowUp } from './tracking';

/**
 * The weekly digest of open items (Monday 08:00 Berlin): each owner gets theirs by direct message,
 * each committee's confidential channels get the committee's list (confidential items included,
 * public channels never). Keys carry the ISO week of the latest Monday 08:00, so a week's digest
 * goes out once, also when caught up later in the week.
 */
export async function runFollowUpDigest(
  deps: FollowUpDeps,
  now: Date,
): Promise<{ week: string; owners: number; channels: number }> {
  const { week } = digestWeek(now);
  const open = await deps.store.list({ statuses: ['offen'] });
  const byPerson = new Map<string, TrackedFollowUp[]>();
  for (const followUp of open)
    for (const personId of await ownerPersons(deps, followUp))
      byPerson.set(personId, [...(byPerson.get(personId) ?? []), followUp]);
  let owners = 0;
  for (const [personId, items] of byPerson)
    owners += await sendToPersons(deps, [personId], `follow-up-digest:${week}:owner`, (locale: Locale) =>
      deps.messages.ownerDigest(items, week, now, locale),
    );
  const byCommittee = new Map<string, TrackedFollowUp[]>();
  for (const followUp of open)
    byCommittee.set(followUp.organization, [...(byCommittee.get(followUp.organization) ?? []), followUp]);
  let channels = 0;
  for (const [committeeId, items] of byCommittee) {
    const committee = await deps.directory.committee(committeeId);
    if (!committee) continue;
    const confidential = (await deps.channels.activeBindings(committeeId)).filter(
      (channel) => channel.confidentiality === 'confidential',
    );
    const message = deps.messages.committeeDigest(committee, items, week, now, deps.locale);
    channels += await deps.outbox.enqueue(
      confidential.map((channel) => ({
        key: `follow-up-digest:${week}:committee:${committeeId}:${channel.platform}:${channel.channelId}`,
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
  }
  if (owners + channels > 0) deps.onQueued?.();
  return { week, owners, channels };
}
