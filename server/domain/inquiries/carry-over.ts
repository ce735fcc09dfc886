import type { AgendaDeps } from '../meetings/agenda-use-cases';
import { addItemToAgenda } from '../meetings/agenda-use-cases';
import { DomainError } from '../errors';
import type { Inquiry, InquiryDeps, InquiryState } from './ports';
import { de, fill } from './texts';

const CARRIED_STATES: readonly InquiryState[] = ['angenommen', 'zugewiesen'];

const SCAN_LIMIT = 5_000;
const CARRY_OVER_ACTOR = { kind: 'system', displayName: 'Übertrag unbeantworteter Anfragen' } as const;

export interface CarryOverReport {
  placed: number;
  skipped: number;
}

/**
 * Places every Anfrage still unanswered when its meeting has begun on the committee's next
 * meeting, as a sub-item of "Beantwortung von Anfragen aus vorherigen Sitzungen" (created when
 * missing, in the part matching the Anfrage's publicity). Running twice places nothing twice.
 */
export async function carryOverUnanswered(
  deps: InquiryDeps,
  agenda: AgendaDeps,
  now: Date,
): Promise<CarryOverReport> {
  // Only what the office accepted: an Anfrage not yet triaged may still be rejected.
  const open = (await deps.store.list({ states: [...CARRIED_STATES] }, SCAN_LIMIT)).filter(
    (i) => i.meetingId && !i.supplementTo,
  );
  const passed = new Set(
    await deps.store.meetingsStartedBefore([...new Set(open.map((i) => i.meetingId as string))], now),
  );
  const report: CarryOverReport = { placed: 0, skipped: 0 };
  for (const inquiry of open) {
    if (!passed.has(inquiry.meetingId as string)) continue;
    const [next] = await deps.store.upcomingMeetings(inquiry.committeeId, now, 1);
    if (!next || inquiry.agendaPlacedIn?.includes(next.id)) continue;
    try {
      const itemId = await placeOnAgenda(agenda, next.id, inquiry);
      await deps.store.markCarried(inquiry.id, next.id, itemId);
      await deps.audit.record({
        actor: CARRY_OVER_ACTOR,
        action: 'update',
        entityType: 'meeting',
        entityId: next.id,
        organization: inquiry.committeeId,
        summary: `Anfrage ${inquiry.number ?? ''} unbeantwortet auf die Tagesordnung gesetzt (${inquiry.public ? 'öffentlicher' : 'nichtöffentlicher'} Teil)`,
        details: { inquiryId: inquiry.id, agendaItemId: itemId },
      });
      report.placed += 1;
    } catch (error) {
      // A closed or cancelled agenda: the next run tries the meeting after it.
      if (!(error instanceof DomainError)) throw error;
      report.skipped += 1;
    }
  }
  return report;
}

async function placeOnAgenda(agenda: AgendaDeps, meetingId: string, inquiry: Inquiry): Promise<string> {
  const name = fill(de.agendaChild, { number: inquiry.number ?? '', subject: inquiry.subject });
  const meeting = await agenda.meetings.findById(meetingId);
  if (!meeting) throw new DomainError('not_found', 'Sitzung nicht gefunden.');
  // An item left by a run that stopped before it could remember the placement.
  const existing = meeting.agendaItems.find(
    (i) => i.level === 2 && i.public === inquiry.public && i.name === name,
  );
  if (existing) return existing.id;
  let parent = meeting.agendaItems.find(
    (i) => i.level === 1 && i.public === inquiry.public && i.name === de.agendaParent,
  );
  if (!parent) {
    const added = await addItemToAgenda(agenda, meetingId, undefined, {
      name: de.agendaParent,
      public: inquiry.public,
    });
    parent = added.value;
  }
  const child = await addItemToAgenda(agenda, meetingId, undefined, {
    name,
    public: inquiry.public,
    parentNumber: parent.number,
  });
  return child.value.id;
}
