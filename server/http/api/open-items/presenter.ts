import type { CommitteeRecord } from '../../../domain/committees/ports';
import type { CommitteeCount, ListedOpenItem } from '../../../domain/open-items/open-items';

type Committees = ReadonlyMap<string, CommitteeRecord>;

function committeeRef(committees: Committees, id: string) {
  const committee = committees.get(id);
  return { id, name: committee?.name ?? null, shortName: committee?.shortName ?? null };
}

export function presentOpenItem(item: ListedOpenItem, committees: Committees) {
  return {
    kind: item.kind,
    id: item.id,
    organization: committeeRef(committees, item.organization),
    title: item.title,
    state: item.state,
    number: item.number ?? null,
    public: item.public,
    department: item.department ?? null,
    dueDate: item.dueDate ?? null,
    overdue: item.overdue,
    meeting: item.meeting ?? null,
  };
}

export function presentCount(count: CommitteeCount, committees: Committees) {
  return { ...count, organization: committeeRef(committees, count.organization) };
}
