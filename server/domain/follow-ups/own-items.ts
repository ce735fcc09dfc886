import type { Principal } from '../access/principal';
import type { FollowUpDeps } from './deps';
import type { TrackedFollowUp } from './tracking';

/** The open items the person answers for: as owner person or through their department. Confidential ones are an audited read. */
export async function ownOpenFollowUps(deps: FollowUpDeps, principal: Principal): Promise<TrackedFollowUp[]> {
  const department =
    principal.department ??
    (principal.personId ? await deps.directory.departmentOfPerson(principal.personId) : undefined);
  const [personal, departmental] = await Promise.all([
    principal.personId ? deps.store.list({ statuses: ['offen'], ownerPerson: principal.personId }) : [],
    department ? deps.store.list({ statuses: ['offen'], ownerDepartment: department }) : [],
  ]);
  const items = [...personal, ...departmental].sort(
    (a, b) => (a.dueDate?.getTime() ?? Infinity) - (b.dueDate?.getTime() ?? Infinity),
  );
  const confidential = items.filter((f) => f.confidential);
  for (const followUp of confidential)
    await deps.audit.record({
      actor: principal,
      action: 'read',
      entityType: 'FollowUp',
      entityId: followUp.id,
      organization: followUp.organization,
      summary: `Nichtöffentlichen Auftrag „${followUp.title}“ im Chat gelesen`,
    });
  return items;
}
