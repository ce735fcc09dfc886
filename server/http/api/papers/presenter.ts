import type { PaperRecord } from '../../../domain/papers/ports';

export function presentPaper(paper: PaperRecord) {
  return {
    id: paper.id,
    body: paper.body,
    reference: paper.reference,
    name: paper.name,
    paperType: paper.paperType,
    date: paper.date ?? null,
    public: paper.public,
    organizations: paper.organizations,
    originatorPerson: paper.originatorPerson ?? [],
    originatorOrganization: paper.originatorOrganization ?? [],
    underDirectionOf: paper.underDirectionOf ?? null,
    summary: paper.summary ?? null,
    mainFileUrl: paper.mainFileUrl ?? null,
  };
}
