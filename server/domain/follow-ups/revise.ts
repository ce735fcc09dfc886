import type { Actor } from '../access/principal';
import { DomainError } from '../errors';
import { requireOffice } from './access';
import type { FollowUpDeps } from './deps';
import { berlinDay } from './due-days';
import type { FollowUpChanges, TrackedFollowUp } from './tracking';
import { checkOwner, closedError, requireDueDateAhead } from './validation';

export interface FollowUpRevision {
  dueDate?: Date;
  ownerDepartment?: string;
  ownerPerson?: string;
  /** Null clears it. */
  description?: string | null;
}

export async function loadFollowUp(deps: FollowUpDeps, id: string): Promise<TrackedFollowUp> {
  const followUp = await deps.store.find(id);
  if (!followUp) throw new DomainError('not_found', 'Diesen Auftrag gibt es nicht.');
  return followUp;
}

/** The office changes due date, owner or description of an open item. A new due date starts reminders afresh. */
export async function reviseFollowUp(
  deps: FollowUpDeps,
  actor: Actor,
  id: string,
  revision: FollowUpRevision,
  requestId?: string,
): Promise<TrackedFollowUp> {
  const before = await loadFollowUp(deps, id);
  requireOffice(actor, before.organization);
  if (before.status !== 'offen') throw closedError(before);
  const changes: FollowUpChanges = {};
  if (revision.dueDate) {
    requireDueDateAhead('dueDate', revision.dueDate, deps.clock());
    changes.dueDate = revision.dueDate;
    changes.escalatedAt = null;
  }
  if (revision.ownerDepartment !== undefined || revision.ownerPerson !== undefined) {
    const owner = await checkOwner(deps.directory, revision);
    changes.ownerDepartment = owner.ownerDepartment ?? null;
    changes.ownerPerson = owner.ownerPerson ?? null;
  }
  if (revision.description !== undefined) changes.description = revision.description?.trim() || null;
  const after = await deps.store.updateOpen(id, changes);
  if (!after) throw closedError(await loadFollowUp(deps, id));
  await deps.audit.record({
    actor,
    action: 'update',
    entityType: 'FollowUp',
    entityId: id,
    organization: after.organization,
    summary: `Auftrag „${after.title}“ geändert${describeChanges(before, after)}`,
    requestId,
    details: { fields: Object.keys(revision) },
  });
  return after;
}

function describeChanges(before: TrackedFollowUp, after: TrackedFollowUp): string {
  const parts: string[] = [];
  if (before.dueDate && after.dueDate && berlinDay(before.dueDate) !== berlinDay(after.dueDate))
    parts.push(`Frist ${berlinDay(before.dueDate)} → ${berlinDay(after.dueDate)}`);
  if (before.ownerName !== after.ownerName) parts.push(`zuständig ${before.ownerName} → ${after.ownerName}`);
  return parts.length ? `: ${parts.join(', ')}` : '';
}
