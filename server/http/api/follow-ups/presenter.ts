import { KIND_LABELS } from '../../../domain/follow-ups/record';
import { berlinDay } from '../../../domain/follow-ups/due-days';
import type { TrackedFollowUp } from '../../../domain/follow-ups/tracking';
import { isOverdueAt } from '../../../domain/follow-ups/view';

const STATUS_LABELS = { offen: 'offen', erledigt: 'erledigt', aufgehoben: 'aufgehoben' } as const;

export function presentFollowUp(f: TrackedFollowUp, now: Date) {
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
    dueDateRequest: f.dueDateRequest
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
