import type { MeetingFollowUp } from '../api/follow-ups';

export interface FollowUpGroup {
  /** The agenda item's id, or null for follow-ups recorded without one. */
  key: string | null;
  agendaItem: MeetingFollowUp['agendaItem'];
  followUps: MeetingFollowUp[];
}

/** Groups follow-ups by their agenda item, keeping the order the API gives (agenda order). */
export function groupByAgendaItem(followUps: readonly MeetingFollowUp[]): FollowUpGroup[] {
  const groups = new Map<string | null, FollowUpGroup>();
  for (const followUp of followUps) {
    const key = followUp.agendaItem?.id ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { key, agendaItem: followUp.agendaItem, followUps: [] };
      groups.set(key, group);
    }
    group.followUps.push(followUp);
  }
  const withoutItem = groups.get(null);
  groups.delete(null);
  return [...groups.values(), ...(withoutItem ? [withoutItem] : [])];
}
