import type { Actor } from '../access/principal';
import { requireOffice, requireOwnerOrOffice } from './access';
import type { FollowUpDeps } from './deps';
import { announceClosed } from './notify';
import { KIND_LABELS } from './record';
import { loadFollowUp } from './revise';
import type { TrackedFollowUp } from './tracking';
import { closedError, requireText } from './validation';

function nameOf(actor: Actor): string {
  return actor.kind === 'user' ? actor.displayName : 'Öffentlichkeit';
}

/**
 * The owner (or the office) reports the item done with a completion note. Closing twice is refused
 * (a double click closes once); the closing is announced in the committee's channels and to the office.
 */
export async function closeFollowUp(
  deps: FollowUpDeps,
  actor: Actor,
  id: string,
  completionNote: string,
  requestId?: string,
): Promise<TrackedFollowUp> {
  const before = await loadFollowUp(deps, id);
  await requireOwnerOrOffice(deps.directory, actor, before);
  if (before.status !== 'offen') throw closedError(before);
  const note = requireText('completionNote', completionNote, 'Der Erledigungsvermerk');
  const closed = await deps.store.updateOpen(id, {
    status: 'erledigt',
    completedAt: deps.clock(),
    completionNote: note,
    completedByName: nameOf(actor),
    dueDateRequest: null,
  });
  if (!closed) throw closedError(await loadFollowUp(deps, id));
  await deps.audit.record({
    actor,
    action: 'update',
    entityType: 'FollowUp',
    entityId: id,
    organization: closed.organization,
    summary: `${KIND_LABELS[closed.kind]} „${closed.title}“ erledigt`,
    requestId,
    details: { status: 'erledigt' },
  });
  await announceClosed(deps, closed);
  return closed;
}

/** The office withdraws an item that is no longer needed (aufgehoben); no announcement. */
export async function cancelFollowUp(
  deps: FollowUpDeps,
  actor: Actor,
  id: string,
  reason: string,
  requestId?: string,
): Promise<TrackedFollowUp> {
  const before = await loadFollowUp(deps, id);
  requireOffice(actor, before.organization);
  if (before.status !== 'offen') throw closedError(before);
  const note = requireText('reason', reason, 'Die Begründung');
  const cancelled = await deps.store.updateOpen(id, {
    status: 'aufgehoben',
    completedAt: deps.clock(),
    completionNote: note,
    completedByName: nameOf(actor),
    dueDateRequest: null,
  });
  if (!cancelled) throw closedError(await loadFollowUp(deps, id));
  await deps.audit.record({
    actor,
    action: 'update',
    entityType: 'FollowUp',
    entityId: id,
    organization: cancelled.organization,
    summary: `${KIND_LABELS[cancelled.kind]} „${cancelled.title}“ aufgehoben`,
    requestId,
    details: { status: 'aufgehoben' },
  });
  return cancelled;
}
