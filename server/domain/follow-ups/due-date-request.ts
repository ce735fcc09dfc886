import type { Locale } from '../../../bot/chat/message';
import type { Actor } from '../access/principal';
import { DomainError } from '../errors';
import { requireOffice, requireOwnerOrOffice } from './access';
import type { FollowUpDeps } from './deps';
import { berlinDay } from './due-days';
import { ownerPersons, sendToPersons } from './notify';
import { loadFollowUp } from './revise';
import type { TrackedFollowUp } from './tracking';
import { badInput, closedError, germanDay, requireDueDateAhead, requireText } from './validation';

/** The owner asks the office for a later due date (from the reminder or the API); a new request replaces a pending one. */
export async function requestDueDate(
  deps: FollowUpDeps,
  actor: Actor,
  id: string,
  input: { requestedDueDate: Date; reason: string },
  requestId?: string,
): Promise<TrackedFollowUp> {
  const before = await loadFollowUp(deps, id);
  await requireOwnerOrOffice(deps.directory, actor, before);
  if (before.status !== 'offen') throw closedError(before);
  const now = deps.clock();
  requireDueDateAhead('requestedDueDate', input.requestedDueDate, now);
  if (before.dueDate && berlinDay(input.requestedDueDate) <= berlinDay(before.dueDate))
    throw badInput(
      'requestedDueDate',
      'due_date_not_later',
      `Die neue Frist muss nach der bisherigen (${germanDay(before.dueDate)}) liegen.`,
    );
  const reason = requireText('reason', input.reason, 'Die Begründung');
  const after = await deps.store.updateOpen(id, {
    dueDateRequest: {
      dueDate: input.requestedDueDate,
      reason,
      requestedBy: actor.kind === 'user' ? actor.personId : undefined,
      requestedByName: actor.kind === 'user' ? actor.displayName : undefined,
      requestedAt: now,
    },
  });
  if (!after) throw closedError(await loadFollowUp(deps, id));
  await deps.audit.record({
    actor,
    action: 'update',
    entityType: 'FollowUp',
    entityId: id,
    organization: after.organization,
    summary: `Neue Frist ${germanDay(input.requestedDueDate)} für „${after.title}“ beantragt`,
    requestId,
    details: { requestedDueDate: berlinDay(input.requestedDueDate) },
  });
  const office = await deps.directory.officePersons(after.organization);
  await sendToPersons(deps, office, `follow-up:${id}:due-date-request:${now.getTime()}`, (locale: Locale) =>
    deps.messages.dueDateRequested(after, locale),
  );
  deps.onQueued?.();
  return after;
}

/** The office approves (the requested date becomes the due date) or rejects a pending request; the owner is told. */
export async function decideDueDateRequest(
  deps: FollowUpDeps,
  actor: Actor,
  id: string,
  approved: boolean,
  requestId?: string,
): Promise<TrackedFollowUp> {
  const before = await loadFollowUp(deps, id);
  requireOffice(actor, before.organization);
  if (before.status !== 'offen') throw closedError(before);
  const request = before.dueDateRequest;
  if (!request)
    throw new DomainError(
      'follow_up_no_due_date_request',
      'Für diesen Auftrag ist keine neue Frist beantragt.',
    );
  const after = await deps.store.updateOpen(
    id,
    approved
      ? { dueDate: request.dueDate, escalatedAt: null, dueDateRequest: null }
      : { dueDateRequest: null },
  );
  if (!after) throw closedError(await loadFollowUp(deps, id));
  const verdict = approved ? 'genehmigt' : 'abgelehnt';
  await deps.audit.record({
    actor,
    action: 'update',
    entityType: 'FollowUp',
    entityId: id,
    organization: after.organization,
    summary: `Neue Frist ${germanDay(request.dueDate)} für „${after.title}“ ${verdict}`,
    requestId,
    details: { requestedDueDate: berlinDay(request.dueDate), approved },
  });
  const recipients = request.requestedBy ? [request.requestedBy] : await ownerPersons(deps, after);
  await sendToPersons(
    deps,
    recipients,
    `follow-up:${id}:due-date-decision:${request.requestedAt.getTime()}`,
    (locale: Locale) => deps.messages.dueDateDecided(after, { approved, requested: request.dueDate }, locale),
  );
  deps.onQueued?.();
  return after;
}
