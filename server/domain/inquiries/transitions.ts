import type { Principal } from '../access/principal';
import { DomainError } from '../errors';
import { addBerlinDays } from '../time/berlin';
import { isAssignedDepartment, isAuthor, mayRead, mayTriage } from './access';
import { notifyStep } from './notify';
import type { Inquiry, InquiryChange, InquiryDeps, InquiryState } from './ports';
import { INQUIRY_TRANSITIONS, nextState, type InquiryAction } from './states';
import { de } from './texts';

export const REASON_MAX = 2_000;
export const ANSWER_MAX = 50_000;

/** The Anfrage if the principal may read it; else not found (nothing revealed). */
export async function loadReadable(
  deps: InquiryDeps,
  principal: Principal,
  inquiryId: string,
): Promise<Inquiry> {
  const inquiry = await deps.store.find(inquiryId);
  if (!inquiry || !mayRead(principal, inquiry))
    throw new DomainError('not_found', de.notFound, { id: inquiryId });
  return inquiry;
}

function forbidden(): DomainError {
  return new DomainError('forbidden', 'Dazu fehlt Ihnen die Berechtigung für diese Anfrage.');
}

function requireTriage(principal: Principal, inquiry: Inquiry): void {
  if (!mayTriage(principal, inquiry.committeeId)) throw forbidden();
}

function requiredText(value: string | undefined, field: string, message: string, max: number): string {
  const text = value?.trim() ?? '';
  if (!text) throw new DomainError('validation_failed', message, { field });
  if (text.length > max) throw new DomainError('validation_failed', `Höchstens ${max} Zeichen.`, { field });
  return text;
}

function optionalHttpsUrl(value: string | undefined, field: string): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  try {
    if (new URL(url).protocol === 'https:') return url;
  } catch {
    // reported below
  }
  throw new DomainError('validation_failed', 'Bitte geben Sie einen Link beginnend mit https:// an.', {
    field,
  });
}

/**
 * Takes one step of the table in states.ts: checks it, stores it only if the Anfrage is still in
 * a state it may be taken from (a concurrent step loses with the same 409), audits and notifies.
 */
async function step(
  deps: InquiryDeps,
  principal: Principal,
  inquiry: Inquiry,
  action: InquiryAction,
  now: Date,
  change: Omit<InquiryChange, 'history' | 'state'>,
  note?: string,
): Promise<Inquiry> {
  const to = nextState(action, inquiry.state);
  const from = [...INQUIRY_TRANSITIONS[action].from] as InquiryState[];
  const updated = await deps.store.transition(inquiry.id, from, {
    ...change,
    ...(INQUIRY_TRANSITIONS[action].to ? { state: to } : {}),
    history: { state: to, at: now, byUserId: principal.userId, note },
  });
  if (!updated) {
    const current = await deps.store.find(inquiry.id);
    nextState(action, current?.state ?? inquiry.state);
    throw new DomainError('inquiry_transition_not_allowed', 'Die Anfrage wurde inzwischen geändert.');
  }
  await deps.audit.record({
    actor: principal,
    action: 'update',
    entityType: 'inquiry',
    entityId: inquiry.id,
    organization: inquiry.committeeId,
    summary: `Anfrage ${inquiry.number ?? ''}: ${action} (${inquiry.state} -> ${to})`,
  });
  return updated;
}

export async function acceptInquiry(deps: InquiryDeps, principal: Principal, id: string, now: Date) {
  const inquiry = await loadReadable(deps, principal, id);
  requireTriage(principal, inquiry);
  const updated = await step(deps, principal, inquiry, 'accept', now, {});
  await notifyStep(deps, updated, 'angenommen');
  return updated;
}

export async function rejectInquiry(
  deps: InquiryDeps,
  principal: Principal,
  id: string,
  input: { reason: string },
  now: Date,
) {
  const inquiry = await loadReadable(deps, principal, id);
  requireTriage(principal, inquiry);
  nextState('reject', inquiry.state);
  const reason = requiredText(input.reason, 'reason', de.reasonRequired, REASON_MAX);
  const updated = await step(deps, principal, inquiry, 'reject', now, { reason }, reason);
  await notifyStep(deps, updated, 'zurueckgewiesen');
  return updated;
}

export async function assignInquiry(
  deps: InquiryDeps,
  principal: Principal,
  id: string,
  input: { department: string; dueDate?: Date },
  now: Date,
) {
  const inquiry = await loadReadable(deps, principal, id);
  requireTriage(principal, inquiry);
  nextState('assign', inquiry.state);
  const department = requiredText(input.department, 'department', de.departmentRequired, 200);
  if ((await deps.store.departmentPersons(department)).length === 0) {
    throw new DomainError('validation_failed', de.departmentUnknown, { field: 'department' });
  }
  if (input.dueDate && input.dueDate.getTime() <= now.getTime()) {
    throw new DomainError('validation_failed', de.dueDatePast, { field: 'dueDate' });
  }
  const committee = await deps.store.committee(inquiry.committeeId);
  const dueDate = input.dueDate ?? addBerlinDays(now, committee?.rules.answerDueDays ?? 14);
  const updated = await step(deps, principal, inquiry, 'assign', now, { department, dueDate }, department);
  await notifyStep(deps, updated, 'zugewiesen');
  return updated;
}

/** An answer or supplementary answer: by the assigned department or the office, in a state that allows it. */
async function answerOf(
  deps: InquiryDeps,
  principal: Principal,
  id: string,
  action: 'answer' | 'supplement',
  input: { text: string; fileUrl?: string },
) {
  const inquiry = await loadReadable(deps, principal, id);
  if (!isAssignedDepartment(principal, inquiry) && !mayTriage(principal, inquiry.committeeId))
    throw forbidden();
  nextState(action, inquiry.state);
  const text = requiredText(input.text, 'text', de.answerRequired, ANSWER_MAX);
  const fileUrl = optionalHttpsUrl(input.fileUrl, 'fileUrl');
  return { inquiry, text, fileUrl };
}

export async function answerInquiry(
  deps: InquiryDeps,
  principal: Principal,
  id: string,
  input: { text: string; fileUrl?: string },
  now: Date,
) {
  const { inquiry, text, fileUrl } = await answerOf(deps, principal, id, 'answer', input);
  const updated = await step(deps, principal, inquiry, 'answer', now, {
    answer: { text, ...(fileUrl ? { fileUrl } : {}), answeredAt: now },
  });
  await notifyStep(deps, updated, 'beantwortet');
  return updated;
}

export async function publishInquiry(deps: InquiryDeps, principal: Principal, id: string, now: Date) {
  const inquiry = await loadReadable(deps, principal, id);
  requireTriage(principal, inquiry);
  const updated = await step(deps, principal, inquiry, 'publish', now, {});
  await notifyStep(deps, updated, 'veroeffentlicht');
  return updated;
}

export async function withdrawInquiry(deps: InquiryDeps, principal: Principal, id: string, now: Date) {
  const inquiry = await loadReadable(deps, principal, id);
  if (!isAuthor(principal, inquiry)) {
    throw new DomainError('forbidden', de.withdrawOnlyAuthor);
  }
  const updated = await step(deps, principal, inquiry, 'withdraw', now, {});
  await notifyStep(deps, updated, 'zurueckgezogen');
  return updated;
}

/** Ergänzende Antwort zur Niederschrift, added to an answered or published Anfrage. */
export async function supplementInquiry(
  deps: InquiryDeps,
  principal: Principal,
  id: string,
  input: { text: string; fileUrl?: string },
  now: Date,
) {
  const { inquiry, text, fileUrl } = await answerOf(deps, principal, id, 'supplement', input);
  const supplement = { text, ...(fileUrl ? { fileUrl } : {}) };
  const updated = await step(
    deps,
    principal,
    inquiry,
    'supplement',
    now,
    { addendum: { ...supplement, at: now } },
    de.supplementState,
  );
  await notifyStep(deps, updated, 'ergaenzt', { supplement, key: String(updated.addenda.length) });
  return updated;
}
