import { mayReadConfidential, type Actor } from '../access/principal';
import { mayReadPaper } from '../access/visibility';
import { publicView } from '../agenda/structure';
import type { CommitteeRecord, CommitteeStore } from '../committees/ports';
import type { LocationRecord, LocationStore } from '../locations/ports';
import type { PaperRecord, PaperStore } from '../papers/ports';
import type { MeetingRecord, MeetingStore, MeetingSummary } from './ports';
import { loadMeeting } from './versioned-change';

export interface MeetingViewStores {
  meetings: MeetingStore;
  committees: CommitteeStore;
  locations: LocationStore;
  papers: PaperStore;
}

/** A meeting as one actor may see it. */
export interface MeetingView {
  /** Agenda reduced to what the actor may see. */
  meeting: MeetingRecord;
  committee?: CommitteeRecord;
  location?: LocationRecord;
  /** Papers of the visible items that the actor may read. */
  papers: PaperRecord[];
  /** The actor may see the nichtöffentlicher Teil of this committee. */
  mayReadNonPublic: boolean;
  /** True when the agenda shown contains non-public items (an audited read). */
  confidentialIncluded: boolean;
  nonPublicItemCount: number;
}

/**
 * Meetings are public (calendar); their nichtöffentlicher Teil only with rights in the committee.
 * Everyone else gets the public items and the number of non-public ones.
 */
export async function viewMeeting(stores: MeetingViewStores, actor: Actor, id: string): Promise<MeetingView> {
  return presentableMeeting(stores, actor, await loadMeeting(stores.meetings, id));
}

export async function presentableMeeting(
  stores: Omit<MeetingViewStores, 'meetings'>,
  actor: Actor,
  meeting: MeetingRecord,
): Promise<MeetingView> {
  const confidential = mayReadConfidential(actor, meeting.organization);
  const { items: publicItems, nonPublicCount } = publicView(meeting.agendaItems);
  const items = confidential ? meeting.agendaItems : publicItems;
  const paperIds = [...new Set(items.flatMap((item) => (item.paper ? [item.paper] : [])))];
  const [committee, location, papers] = await Promise.all([
    stores.committees.findById(meeting.organization),
    meeting.location ? stores.locations.findById(meeting.location) : Promise.resolve(null),
    stores.papers.findByIds(paperIds),
  ]);
  return {
    meeting: { ...meeting, agendaItems: items },
    committee: committee ?? undefined,
    location: location ?? undefined,
    papers: papers.filter((paper) => mayReadPaper(actor, paper)),
    mayReadNonPublic: confidential,
    confidentialIncluded: confidential && nonPublicCount > 0,
    nonPublicItemCount: nonPublicCount,
  };
}

/** Calendar entries with their committee. */
export async function describeMeetings(
  committees: CommitteeStore,
  meetings: readonly MeetingSummary[],
): Promise<{ meeting: MeetingSummary; committee?: CommitteeRecord }[]> {
  const found = await committees.findByIds([...new Set(meetings.map((m) => m.organization))]);
  const byId = new Map(found.map((c) => [c.id, c]));
  return meetings.map((meeting) => ({ meeting, committee: byId.get(meeting.organization) }));
}
