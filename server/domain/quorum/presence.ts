import type { PresenceEvent } from './types';

/** One stay in the room: present from `from` (inclusive) until `until` (exclusive; open while still there). */
export interface Stay {
  from: number;
  until: number;
}

/** A person's stays, ordered; built once per situation and looked up at any moment. */
export type PresenceTimeline = readonly Stay[];

export type PresenceAt =
  { state: 'present'; since: number } | { state: 'left'; at: number } | { state: 'notArrived' };

/**
 * Folds arrive/leave events into stays per person. A second arrival while present and a departure
 * while absent are ignored, so a doubled check-in does not cut a stay short.
 */
export function buildTimelines(events: readonly PresenceEvent[]): Map<string, PresenceTimeline> {
  const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const stays = new Map<string, Stay[]>();
  for (const event of ordered) {
    let list = stays.get(event.personId);
    if (!list) {
      list = [];
      stays.set(event.personId, list);
    }
    const at = event.at.getTime();
    const last = list[list.length - 1];
    const open = last?.until === Infinity;
    if (event.kind === 'leave' && open) last.until = at;
    // Leaving and coming back at the same instant continues the stay.
    else if (event.kind === 'arrive' && last?.until === at) last.until = Infinity;
    else if (event.kind === 'arrive' && !open) list.push({ from: at, until: Infinity });
  }
  for (const [personId, list] of stays) {
    // An arrival and departure at the same instant is no stay at all.
    stays.set(
      personId,
      list.filter((stay) => stay.until > stay.from),
    );
  }
  return stays;
}

/** At exactly the departure time the person is gone; at exactly the arrival time they are there. */
export function presenceAt(timeline: PresenceTimeline | undefined, at: number): PresenceAt {
  if (!timeline || timeline.length === 0) return { state: 'notArrived' };
  let lastLeft: number | undefined;
  for (const stay of timeline) {
    if (stay.from > at) break;
    if (at < stay.until) return { state: 'present', since: stay.from };
    lastLeft = stay.until;
  }
  return lastLeft === undefined ? { state: 'notArrived' } : { state: 'left', at: lastLeft };
}

/** Every instant at which someone arrives or leaves, for the quorum timeline. */
export function changeInstants(timelines: Map<string, PresenceTimeline>): number[] {
  const instants = new Set<number>();
  for (const timeline of timelines.values()) {
    for (const stay of timeline) {
      instants.add(stay.from);
      if (stay.until !== Infinity) instants.add(stay.until);
    }
  }
  return [...instants].sort((a, b) => a - b);
}
