import { mayReadConfidential, type Actor } from '../access/principal';
import type { FollowUpRecord, FollowUpStore } from '../follow-ups/ports';
import type { PersonStore } from '../persons/ports';
import type { AgendaItemRecord, MeetingRecord, MeetingStore } from './ports';
import { loadMeeting } from './versioned-change';

export interface MeetingFollowUpStores {
  meetings: MeetingStore;
  followUps: FollowUpStore;
  persons: Pick<PersonStore, 'findByIds'>;
}

/** A follow-up as the page lists it: its agenda item and owner resolved, overdue decided. */
export interface ListedFollowUp extends FollowUpRecord {
  item?: Pick<AgendaItemRecord, 'id' | 'number' | 'name' | 'order'>;
  ownerName?: string;
  overdue: boolean;
}

/** The results and follow-ups of one meeting as one actor may see them. */
export interface MeetingFollowUps {
  meeting: MeetingRecord;
  /** By agenda order, then due date; those without an item last. */
  followUps: ListedFollowUp[];
  /** Follow-ups of the nichtöffentlicher Teil: listed above with rights, otherwise only counted. */
  nonPublicCount: number;
  mayReadNonPublic: boolean;
  /** True when non-public follow-ups are among those listed (an audited read). */
  confidentialIncluded: boolean;
}

/** A follow-up is confidential when it is marked so or was recorded under a non-public item. */
function isConfidential(followUp: FollowUpRecord, items: ReadonlyMap<string, AgendaItemRecord>): boolean {
  const item = followUp.agendaItem ? items.get(followUp.agendaItem) : undefined;
  return !followUp.public || item?.public === false;
}

export function isOverdue(followUp: Pick<FollowUpRecord, 'status' | 'dueDate'>, now: Date): boolean {
  return followUp.status === 'offen' && followUp.dueDate !== undefined && followUp.dueDate < now;
}

function byAgendaThenDue(a: ListedFollowUp, b: ListedFollowUp): number {
  const order = (f: ListedFollowUp) => f.item?.order ?? Number.MAX_SAFE_INTEGER;
  const due = (f: ListedFollowUp) => f.dueDate?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return order(a) - order(b) || due(a) - due(b) || a.title.localeCompare(b.title, 'de');
}

/**
 * Same rule as the agenda: follow-ups of the nichtöffentlicher Teil only for actors with rights in
 * the committee; everyone else learns how many there are.
 */
export async function viewMeetingFollowUps(
  stores: MeetingFollowUpStores,
  actor: Actor,
  meetingId: string,
  now: Date,
): Promise<MeetingFollowUps> {
  const meeting = await loadMeeting(stores.meetings, meetingId);
  const items = new Map(meeting.agendaItems.map((item) => [item.id, item]));
  const all = await stores.followUps.ofMeeting(meetingId);
  const mayReadNonPublic = mayReadConfidential(actor, meeting.organization);
  const confidential = all.filter((followUp) => isConfidential(followUp, items));
  const visible = mayReadNonPublic ? all : all.filter((followUp) => !isConfidential(followUp, items));
  const ownerIds = [...new Set(visible.flatMap((f) => (f.ownerPerson ? [f.ownerPerson] : [])))];
  const owners = new Map((await stores.persons.findByIds(ownerIds)).map((p) => [p.id, p.name]));
  const followUps = visible
    .map((followUp): ListedFollowUp => {
      const item = followUp.agendaItem ? items.get(followUp.agendaItem) : undefined;
      return {
        ...followUp,
        item: item && { id: item.id, number: item.number, name: item.name, order: item.order },
        ownerName: followUp.ownerPerson ? owners.get(followUp.ownerPerson) : undefined,
        overdue: isOverdue(followUp, now),
      };
    })
    .sort(byAgendaThenDue);
  return {
    meeting,
    followUps,
    nonPublicCount: confidential.length,
    mayReadNonPublic,
    confidentialIncluded: mayReadNonPublic && confidential.length > 0,
  };
}
