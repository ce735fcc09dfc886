import type { Actor } from '../access/principal';
import { mayReadPaper } from '../access/visibility';
import type { CommitteeStore } from '../committees/ports';
import { DomainError } from '../errors';
import type { NewPaper, PaperChanges, PaperRecord, PaperStore } from './ports';

export interface PaperStores {
  papers: PaperStore;
  committees: CommitteeStore;
}

const notFound = (id: string) => new DomainError('not_found', 'Diese Vorlage gibt es nicht.', { id });

/** A non-public paper is answered as missing to anyone without rights: its existence is confidential too. */
export async function readPaper(papers: PaperStore, actor: Actor, id: string): Promise<PaperRecord> {
  const paper = await papers.findById(id);
  if (!paper || !mayReadPaper(actor, paper)) throw notFound(id);
  return paper;
}

export async function registerPaper(stores: PaperStores, input: NewPaper): Promise<PaperRecord> {
  if (!(await stores.committees.bodyRules(input.body))) {
    throw new DomainError('validation_failed', 'Diese Körperschaft gibt es nicht.', { field: 'body' });
  }
  await assertCommitteesOfBody(stores.committees, input.organizations, input.body);
  return stores.papers.create(input);
}

export async function updatePaper(
  stores: PaperStores,
  current: PaperRecord,
  changes: PaperChanges,
): Promise<PaperRecord> {
  if (changes.organizations)
    await assertCommitteesOfBody(stores.committees, changes.organizations, current.body);
  const updated = await stores.papers.update(current.id, changes);
  if (!updated) throw notFound(current.id);
  return updated;
}

async function assertCommitteesOfBody(
  committees: CommitteeStore,
  ids: readonly string[],
  body: string,
): Promise<void> {
  const found = await committees.findByIds(ids);
  const valid = new Set(found.filter((c) => c.kind === 'committee' && c.body === body).map((c) => c.id));
  if (ids.some((id) => !valid.has(id))) {
    throw new DomainError('validation_failed', 'Mindestens eines der Gremien gibt es nicht.', {
      field: 'organizations',
    });
  }
}
