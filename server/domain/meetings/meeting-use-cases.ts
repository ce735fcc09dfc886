import type { AgendaEntry, NewAgendaEntry, NumberingStyle } from '../agenda/agenda-entry';
import { numberAgenda } from '../agenda/numbering';
import { findTemplate } from '../agenda/templates';
import type { CommitteeRecord, CommitteeStore } from '../committees/ports';
import { DomainError } from '../errors';
import type { LocationStore } from '../locations/ports';
import { changeMeetingState, type MeetingState } from './lifecycle';
import { assertMeetingDeletable } from './meeting-status';
import type { AgendaItemRecord, MeetingRecord, MeetingStore } from './ports';
import { changeMeetingVersioned, loadMeeting } from './versioned-change';

export interface MeetingDeps {
  meetings: MeetingStore;
  committees: CommitteeStore;
  locations: LocationStore;
}

export interface MeetingPlan {
  organization: string;
  name?: string;
  start: Date;
  end?: Date;
  location?: string;
  secondConvocation?: boolean;
  /** Key of a standard template; without it the committee's own template (if any) is used. */
  template?: string;
}

export function numberingStyleOf(
  committee: Pick<CommitteeRecord, 'restartNumberingInNonPublic'>,
): NumberingStyle {
  return { restartInNonPublic: committee.restartNumberingInNonPublic };
}

/** Creates a meeting in state "terminiert", its agenda started from a template. */
export async function planMeeting(deps: MeetingDeps, plan: MeetingPlan): Promise<MeetingRecord> {
  const committee = await requireCommittee(deps.committees, plan.organization);
  assertTimes(plan.start, plan.end);
  if (plan.location) await requireLocation(deps.locations, plan.location, committee.body);
  const templateItems = templateItemsFor(committee, plan.template);
  const agenda = numberAgenda(templateItems, numberingStyleOf(committee));
  return deps.meetings.create({
    body: committee.body,
    organization: committee.id,
    name: plan.name ?? `Sitzung ${committee.name}`,
    start: plan.start,
    end: plan.end,
    location: plan.location,
    secondConvocation: plan.secondConvocation ?? false,
    agendaItems: withIds(agenda, () => deps.meetings.newAgendaItemId()),
  });
}

export interface MeetingRevision {
  name?: string;
  start?: Date;
  end?: Date | null;
  location?: string | null;
  secondConvocation?: boolean;
}

export async function reviseMeeting(
  deps: MeetingDeps,
  id: string,
  expectedVersion: number | undefined,
  revision: MeetingRevision,
): Promise<{ meeting: MeetingRecord; before: MeetingRecord }> {
  return changeMeetingVersioned(deps.meetings, id, expectedVersion, async (meeting) => {
    const start = revision.start ?? meeting.start;
    const end = revision.end === undefined ? meeting.end : (revision.end ?? undefined);
    assertTimes(start, end);
    if (revision.location) await requireLocation(deps.locations, revision.location, meeting.body);
    return { changes: revision, value: undefined };
  });
}

export async function moveMeetingToState(
  store: MeetingStore,
  id: string,
  to: MeetingState,
  now: Date,
  expectedVersion?: number,
): Promise<{ meeting: MeetingRecord; before: MeetingRecord }> {
  return changeMeetingVersioned(store, id, expectedVersion, (meeting) => {
    const change = changeMeetingState(meeting, to, now);
    return {
      changes: {
        state: change.state,
        cancelled: change.cancelled,
        invitationDate: change.invitationDate ?? null,
      },
      value: undefined,
    };
  });
}

export async function deleteMeeting(store: MeetingStore, id: string): Promise<MeetingRecord> {
  const meeting = await loadMeeting(store, id);
  assertMeetingDeletable(meeting);
  if (!(await store.deleteIfVersion(id, meeting.version))) {
    // Changed meanwhile (perhaps invited): decide again on the fresh state.
    return deleteMeeting(store, id);
  }
  return meeting;
}

/** Gives new agenda entries (templates, Nachträge headings) their stored ids. */
export function withIds(items: readonly AgendaEntry[], newId: () => string): AgendaItemRecord[] {
  return items.map((item) => ({ ...item, id: item.id ?? newId() }));
}

function templateItemsFor(committee: CommitteeRecord, templateKey: string | undefined): NewAgendaEntry[] {
  if (templateKey) {
    const template = findTemplate(templateKey);
    if (!template) {
      throw new DomainError(
        'agenda_template_unknown',
        `Die Tagesordnungsvorlage „${templateKey}“ gibt es nicht.`,
        {
          field: 'template',
        },
      );
    }
    return template.items;
  }
  return committee.agendaTemplate ?? [];
}

async function requireCommittee(committees: CommitteeStore, id: string): Promise<CommitteeRecord> {
  const committee = await committees.findById(id);
  if (!committee || committee.kind !== 'committee') {
    throw new DomainError('validation_failed', 'Dieses Gremium gibt es nicht.', { field: 'organization' });
  }
  return committee;
}

async function requireLocation(locations: LocationStore, id: string, body: string): Promise<void> {
  const location = await locations.findById(id);
  if (!location || location.body !== body) {
    throw new DomainError('validation_failed', 'Diesen Sitzungsort gibt es nicht.', { field: 'location' });
  }
}

function assertTimes(start: Date, end: Date | undefined): void {
  if (end && end.getTime() <= start.getTime()) {
    throw new DomainError('validation_failed', 'Das Ende der Sitzung muss nach ihrem Beginn liegen.', {
      field: 'end',
    });
  }
}
