import { hasRole, mayManageCommittee, type Actor } from '../../../domain/access/principal';
import { KIND_LABELS } from '../../../domain/follow-ups/record';
import { berlinDay } from '../../../domain/follow-ups/due-days';
import type { FollowUpDirectory, TrackedFollowUp } from '../../../domain/follow-ups/tracking';
import { isOverdueAt } from '../../../domain/follow-ups/view';

const STATUS_LABELS = { offen: 'offen', erledigt: 'erledigt', aufgehoben: 'aufgehoben' } as const;

/**
 * Who sees the work inside an item (a pending due-date request: its reason and who asked): the
 * committee's office, heads and the owner. The reason may be personal ("erkrankt").
 */
export async function internalViewOf(
  directory: Pick<FollowUpDirectory, 'departmentOfPerson'>,
  actor: Actor,
): Promise<(f: TrackedFollowUp) => boolean> {
  if (actor.kind !== 'user') return () => false;
  const department =
    actor.department ?? (actor.personId ? await directory.departmentOfPerson(actor.personId) : undefined);
  return (f) =>
    mayManageCommittee(actor, f.organization) ||
    hasRole(actor, 'head') ||
    (f.ownerPerson !== undefined && f.ownerPerson === actor.personId) ||
    (f.ownerDepartment !== undefined && f.ownerDepartment === department);
}

export function presentFollowUp(f: TrackedFollowUp, now: Date, internal: boolean) {
  return {
    id: f.id,
    organization: f.organization,
    committee: { id: f.organization, name: f.committeeName, shortName: f.committeeShortName },
    kind: f.kind,
    kindLabel: KIND_LABELS[f.kind],
    title: f.title,
    description: f.description ?? null,
    public: !f.confidential,
    owner: f.ownerPerson
      ? { kind: 'person' as const, person: f.ownerPerson, name: f.ownerName }
      : { kind: 'department' as const, department: f.ownerDepartment ?? null, name: f.ownerName },
    dueDate: f.dueDate ? berlinDay(f.dueDate) : null,
    status: f.status,
    statusLabel: STATUS_LABELS[f.status],
    overdue: isOverdueAt(f, now),
    meeting: f.meeting ?? null,
    agendaItem: f.agendaItem ?? null,
    agendaItemNumber: f.origin.itemNumber ?? null,
    paper: f.paper ?? null,
    inquiry: f.inquiry ?? null,
    completedAt: f.completedAt?.toISOString() ?? null,
    completionNote: f.completionNote ?? null,
    completedBy: f.completedByName ?? null,
    dueDateRequest:
      f.dueDateRequest && internal
        ? {
            requestedDueDate: berlinDay(f.dueDateRequest.dueDate),
            reason: f.dueDateRequest.reason,
            requestedBy: f.dueDateRequest.requestedByName ?? null,
            requestedAt: f.dueDateRequest.requestedAt.toISOString(),
          }
        : null,
    escalatedAt: f.escalatedAt?.toISOString() ?? null,
    createdAt: f.createdAt.toISOString(),
  };
}
