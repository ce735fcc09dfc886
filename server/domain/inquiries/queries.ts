import type { Principal } from '../access/principal';
import { visibleScope } from './access';
import type { Inquiry, InquiryDeps, InquiryFilter, InquiryState } from './ports';
import { loadReadable } from './transitions';

export interface InquiryListQuery {
  states?: InquiryState[];
  committeeId?: string;
  dueBefore?: Date;
  dueAfter?: Date;
  /** Only the principal's own. */
  mine?: boolean;
  limit: number;
}

/** The Anfragen the principal may see; reading non-public ones is audited. */
export async function listInquiries(
  deps: InquiryDeps,
  principal: Principal,
  query: InquiryListQuery,
): Promise<Inquiry[]> {
  const filter: InquiryFilter = {
    states: query.states,
    committeeIds: query.committeeId ? [query.committeeId] : undefined,
    dueBefore: query.dueBefore,
    dueAfter: query.dueAfter,
    scope: visibleScope(principal),
  };
  if (query.mine) filter.authorPersonId = principal.personId ?? '';
  const found = await deps.store.list(filter, query.limit);
  const confidential = found.filter((i) => !i.public);
  for (const committeeId of new Set(confidential.map((i) => i.committeeId))) {
    const ids = confidential.filter((i) => i.committeeId === committeeId).map((i) => i.id);
    await deps.audit.record({
      actor: principal,
      action: 'read',
      entityType: 'inquiry',
      organization: committeeId,
      summary: `${ids.length} nichtöffentliche Anfragen gelesen`,
      details: { ids },
    });
  }
  return found;
}

export async function getInquiry(
  deps: InquiryDeps,
  principal: Principal,
  inquiryId: string,
): Promise<Inquiry> {
  const inquiry = await loadReadable(deps, principal, inquiryId);
  if (!inquiry.public) {
    await deps.audit.record({
      actor: principal,
      action: 'read',
      entityType: 'inquiry',
      entityId: inquiry.id,
      organization: inquiry.committeeId,
      summary: `Nichtöffentliche Anfrage ${inquiry.number ?? ''} gelesen`,
    });
  }
  return inquiry;
}
