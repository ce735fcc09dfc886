import { agendaParts } from '../../../domain/agenda/structure';
import type { CommitteeRecord } from '../../../domain/committees/ports';
import type { LocationRecord } from '../../../domain/locations/ports';
import { MEETING_STATE_LABELS, allowedTransitions } from '../../../domain/meetings/lifecycle';
import type { MeetingView } from '../../../domain/meetings/meeting-view';
import type { AgendaItemRecord, MeetingSummary } from '../../../domain/meetings/ports';
import type { PaperRecord } from '../../../domain/papers/ports';

function presentCommitteeRef(committee: CommitteeRecord | undefined, id: string) {
  return committee
    ? { id, name: committee.name, shortName: committee.shortName, color: committee.color ?? null }
    : { id, name: null, shortName: null, color: null };
}

export function presentMeetingSummary(meeting: MeetingSummary, committee?: CommitteeRecord) {
  return {
    id: meeting.id,
    name: meeting.name,
    organization: presentCommitteeRef(committee, meeting.organization),
    state: meeting.state,
    stateLabel: MEETING_STATE_LABELS[meeting.state].de,
    cancelled: meeting.cancelled,
    start: meeting.start,
    end: meeting.end ?? null,
    location: meeting.location ?? null,
    invitationDate: meeting.invitationDate ?? null,
    secondConvocation: meeting.secondConvocation,
    publishedAt: meeting.publishedAt ?? null,
    version: meeting.version,
  };
}

function presentLocation(location: LocationRecord | undefined) {
  if (!location) return null;
  const { body: _body, ...fields } = location;
  return fields;
}

export function presentAgendaItem(item: AgendaItemRecord, papers: ReadonlyMap<string, PaperRecord>) {
  const paper = item.paper ? papers.get(item.paper) : undefined;
  return {
    id: item.id,
    number: item.number,
    order: item.order,
    level: item.level,
    name: item.name,
    public: item.public,
    supplement: item.supplement ?? false,
    paper: paper
      ? { id: paper.id, reference: paper.reference, name: paper.name, paperType: paper.paperType }
      : null,
    result: item.result ?? null,
    resolutionText: item.resolutionText ?? null,
  };
}

/** The meeting with its agenda in öffentlicher and nichtöffentlicher Teil, sub-items under their main item. */
export function presentMeetingDetail(view: MeetingView) {
  const papers = new Map(view.papers.map((paper) => [paper.id, paper]));
  const parts = agendaParts(view.meeting.agendaItems);
  const node = ({ item, children }: { item: AgendaItemRecord; children: AgendaItemRecord[] }) => ({
    ...presentAgendaItem(item, papers),
    children: children.map((child) => presentAgendaItem(child, papers)),
  });
  return {
    ...presentMeetingSummary(view.meeting, view.committee),
    location: presentLocation(view.location),
    allowedTransitions: allowedTransitions(view.meeting.state),
    agenda: {
      publicPart: parts.publicPart.map(node),
      nonPublicPart: parts.nonPublicPart.map(node),
      nonPublicItemCount: view.nonPublicItemCount,
      /** False: the nichtöffentlicher Teil is withheld from this reader. */
      nonPublicIncluded: view.mayReadNonPublic,
    },
  };
}
