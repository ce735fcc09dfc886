import type { Actor } from '../access/principal';
import { DomainError } from '../errors';
import { berlinStartOfDay } from '../time/berlin';
import { mayRead } from './access';
import type { FollowUpDeps } from './deps';
import { berlinDay, overdueFrom } from './due-days';
import type { FollowUpStatus } from './ports';
import type { TrackedFollowUp } from './tracking';

export function isOverdueAt(followUp: Pick<TrackedFollowUp, 'status' | 'dueDate'>, now: Date): boolean {
  return followUp.status === 'offen' && !!followUp.dueDate && now >= overdueFrom(followUp.dueDate);
}

/** One follow-up; a confidential one only for those entitled (others learn nothing of it), read audited. */
export async function viewFollowUp(
  deps: FollowUpDeps,
  actor: Actor,
  id: string,
  requestId?: string,
): Promise<TrackedFollowUp> {
  const followUp = await deps.store.find(id);
  if (!followUp || !(await mayRead(deps.directory, actor, followUp)))
    throw new DomainError('not_found', 'Diesen Auftrag gibt es nicht.');
  if (followUp.confidential)
    await deps.audit.record({
      actor,
      action: 'read',
      entityType: 'FollowUp',
      entityId: id,
      organization: followUp.organization,
      summary: `Nichtöffentlichen Auftrag „${followUp.title}“ gelesen`,
      requestId,
    });
  return followUp;
}

export interface FollowUpListQuery {
  organizations?: string[];
  statuses?: FollowUpStatus[];
  /** A department name or a person id. */
  owner?: string;
  overdue?: boolean;
}

/** The follow-ups the actor may see; each committee whose confidential ones were listed gets an audited read. */
export async function listFollowUps(
  deps: FollowUpDeps,
  actor: Actor,
  query: FollowUpListQuery,
  requestId?: string,
): Promise<TrackedFollowUp[]> {
  const now = deps.clock();
  const owner = query.owner?.trim();
  const all = await deps.store.list({
    organizations: query.organizations,
    statuses: query.overdue ? ['offen'] : query.statuses,
    ...(owner && /^[0-9a-f]{24}$/i.test(owner) ? { ownerPerson: owner.toLowerCase() } : {}),
    ...(owner && !/^[0-9a-f]{24}$/i.test(owner) ? { ownerDepartment: owner } : {}),
    ...(query.overdue ? { overdueAt: berlinStartOfDay(berlinDay(now)) } : {}),
  });
  const visible: TrackedFollowUp[] = [];
  for (const followUp of all) if (await mayRead(deps.directory, actor, followUp)) visible.push(followUp);
  const confidentialBy = new Map<string, string[]>();
  for (const followUp of visible.filter((f) => f.confidential))
    confidentialBy.set(followUp.organization, [
      ...(confidentialBy.get(followUp.organization) ?? []),
      followUp.id,
    ]);
  for (const [organization, ids] of confidentialBy)
    await deps.audit.record({
      actor,
      action: 'read',
      entityType: 'FollowUp',
      ...(ids.length === 1 ? { entityId: ids[0] } : {}),
      organization,
      summary: `${ids.length} nichtöffentliche Aufträge gelesen`,
      requestId,
      details: { followUps: ids },
    });
  return visible;
}
