import type { ListedFollowUp, MeetingFollowUps } from '../../../domain/meetings/meeting-follow-ups';

function presentFollowUp(followUp: ListedFollowUp) {
  return {
    id: followUp.id,
    kind: followUp.kind,
    title: followUp.title,
    status: followUp.status,
    public: followUp.public,
    dueDate: followUp.dueDate ?? null,
    overdue: followUp.overdue,
    completedAt: followUp.completedAt ?? null,
    owner: { department: followUp.ownerDepartment ?? null, name: followUp.ownerName ?? null },
    agendaItem: followUp.item
      ? { id: followUp.item.id, number: followUp.item.number, name: followUp.item.name }
      : null,
  };
}

/** The meeting's follow-ups in agenda order; without rights only the number of non-public ones. */
export function presentMeetingFollowUps(view: MeetingFollowUps) {
  return {
    meetingId: view.meeting.id,
    items: view.followUps.map(presentFollowUp),
    nonPublicCount: view.nonPublicCount,
    /** False: follow-ups of the nichtöffentlicher Teil are withheld from this reader. */
    nonPublicIncluded: view.mayReadNonPublic,
  };
}
