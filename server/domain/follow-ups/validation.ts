import { DomainError } from '../errors';
import { berlinDay, isPastDay } from './due-days';
import type { FollowUpDirectory, TrackedFollowUp } from './tracking';

/** Why an input was refused, so chat can say it in the user's language; `field` names the input. */
export type InputProblem =
  | 'due_date_past'
  | 'due_date_not_later'
  | 'owner_missing'
  | 'owner_ambiguous'
  | 'person_unknown'
  | 'department_unknown'
  | 'empty'
  | 'not_found';

export function badInput(field: string, reason: InputProblem, message: string): DomainError {
  return new DomainError('validation_failed', message, { field, reason });
}

export function closedError(followUp: Pick<TrackedFollowUp, 'status'>): DomainError {
  const state = followUp.status === 'aufgehoben' ? 'aufgehoben' : 'erledigt';
  return new DomainError('follow_up_closed', `Dieser Auftrag ist bereits ${state}.`);
}

export function requireDueDateAhead(field: string, dueDate: Date, now: Date): void {
  if (isPastDay(dueDate, now))
    throw badInput(field, 'due_date_past', `Die Frist ${germanDay(dueDate)} liegt in der Vergangenheit.`);
}

export function requireText(field: string, value: string | undefined, label: string): string {
  const text = value?.trim() ?? '';
  if (text === '') throw badInput(field, 'empty', `${label} fehlt.`);
  return text;
}

/** Exactly one owner, and one that exists. */
export async function checkOwner(
  directory: FollowUpDirectory,
  owner: { ownerDepartment?: string; ownerPerson?: string },
): Promise<{ ownerDepartment?: string; ownerPerson?: string }> {
  const department = owner.ownerDepartment?.trim();
  if (department && owner.ownerPerson)
    throw badInput('owner', 'owner_ambiguous', 'Bitte entweder eine Dienststelle oder eine Person angeben.');
  if (owner.ownerPerson) {
    if (!(await directory.personName(owner.ownerPerson)))
      throw badInput('ownerPerson', 'person_unknown', 'Diese Person gibt es nicht.');
    return { ownerPerson: owner.ownerPerson };
  }
  if (!department)
    throw badInput('owner', 'owner_missing', 'Bitte eine zuständige Dienststelle oder Person angeben.');
  if (!(await directory.departmentKnown(department)))
    throw badInput(
      'ownerDepartment',
      'department_unknown',
      `Die Dienststelle „${department}“ ist nicht bekannt.`,
    );
  return { ownerDepartment: department };
}

export function germanDay(day: Date): string {
  const [y, m, d] = berlinDay(day).split('-');
  return `${d}.${m}.${y}`;
}
