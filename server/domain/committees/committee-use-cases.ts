import { numberAgenda } from '../agenda/numbering';
import { DomainError } from '../errors';
import type { CommitteeChanges, CommitteeRecord, CommitteeStore, NewCommittee, TemplateItem } from './ports';
import { effectiveRules, type RuleSettings } from './rule-settings';

export interface CommitteeDetail {
  committee: CommitteeRecord;
  /** The rules in force: committee overrides merged over the body's settings and the NRW defaults. */
  settings: RuleSettings;
}

export async function getCommittee(store: CommitteeStore, id: string): Promise<CommitteeDetail> {
  const committee = await store.findById(id);
  if (!committee) throw new DomainError('not_found', 'Dieses Gremium gibt es nicht.', { id });
  const body = await store.bodyRules(committee.body);
  return { committee, settings: effectiveRules(body ?? undefined, committee) };
}

export async function createCommittee(store: CommitteeStore, input: NewCommittee): Promise<CommitteeDetail> {
  if (!(await store.bodyRules(input.body))) {
    throw new DomainError('validation_failed', 'Diese Körperschaft gibt es nicht.', { field: 'body' });
  }
  await assertChangesValid(store, input);
  const created = await store.create(input);
  return getCommittee(store, created.id);
}

export async function updateCommittee(
  store: CommitteeStore,
  id: string,
  changes: CommitteeChanges,
): Promise<CommitteeDetail> {
  await assertChangesValid(store, changes);
  const updated = await store.update(id, changes);
  if (!updated) throw new DomainError('not_found', 'Dieses Gremium gibt es nicht.', { id });
  return getCommittee(store, id);
}

/** A committee with meetings, memberships or papers stays: its history belongs to the record. */
export async function deleteCommittee(store: CommitteeStore, id: string): Promise<CommitteeRecord> {
  const committee = await store.findById(id);
  if (!committee) throw new DomainError('not_found', 'Dieses Gremium gibt es nicht.', { id });
  const references = await store.countReferences(id);
  if (references > 0) {
    throw new DomainError(
      'committee_in_use',
      'Das Gremium hat Sitzungen, Mitgliedschaften oder Vorlagen und kann nicht gelöscht werden. Bitte stattdessen ein Enddatum setzen.',
      { references },
    );
  }
  await store.delete(id);
  return committee;
}

async function assertChangesValid(store: CommitteeStore, changes: CommitteeChanges): Promise<void> {
  if (changes.agendaTemplate) assertTemplateNumberable(changes.agendaTemplate);
  if (changes.subOrganizationOf && !(await store.findById(changes.subOrganizationOf))) {
    throw new DomainError('validation_failed', 'Das übergeordnete Gremium gibt es nicht.', {
      field: 'subOrganizationOf',
    });
  }
  if (changes.startDate && changes.endDate && changes.endDate.getTime() < changes.startDate.getTime()) {
    throw new DomainError('validation_failed', 'Das Ende liegt vor dem Beginn.', { field: 'endDate' });
  }
}

/** A template must be an agenda: every sub-item needs a main item before it in its part. */
function assertTemplateNumberable(items: readonly TemplateItem[]): void {
  try {
    numberAgenda(items, { restartInNonPublic: true });
  } catch (error) {
    if (error instanceof DomainError) {
      throw new DomainError(error.code, error.message, { field: 'agendaTemplate' });
    }
    throw error;
  }
}
