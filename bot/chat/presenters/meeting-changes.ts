import { publicView } from '../../../server/domain/agenda/structure';
import type { AgendaEntry } from '../../../server/domain/agenda/agenda-entry';
import type { Audience } from './meeting-view';

/** The parts of a meeting whose change is announced. */
export interface MeetingSnapshot {
  start: Date;
  locationText?: string;
  cancelled: boolean;
  agendaItems: AgendaEntry[];
}

export interface MeetingChangeSummary {
  itemsAdded: number;
  itemsRemoved: number;
  reordered: boolean;
  supplementAdded: boolean;
  newStart?: Date;
  newLocation?: string;
  cancelled: boolean;
}

/**
 * What changed, as the audience sees it: for a public audience only public items are compared, so
 * nothing about the nichtöffentlicher Teil is revealed beyond the count the agenda post shows.
 */
export function summarizeMeetingChange(
  before: MeetingSnapshot,
  after: MeetingSnapshot,
  audience: Audience,
): MeetingChangeSummary {
  const visible = (items: AgendaEntry[]) => (audience === 'public' ? publicView(items).items : items);
  const beforeItems = visible(before.agendaItems);
  const afterItems = visible(after.agendaItems);
  const key = (item: AgendaEntry) => item.id ?? `${item.name}\u0000${item.public}`;
  const beforeKeys = new Set(beforeItems.map(key));
  const afterKeys = new Set(afterItems.map(key));
  const added = afterItems.filter((item) => !beforeKeys.has(key(item)));
  const removed = beforeItems.filter((item) => !afterKeys.has(key(item)));
  const keptOrderBefore = beforeItems
    .filter((item) => afterKeys.has(key(item)))
    .sort(byOrder)
    .map(key);
  const keptOrderAfter = afterItems
    .filter((item) => beforeKeys.has(key(item)))
    .sort(byOrder)
    .map(key);
  return {
    itemsAdded: added.length,
    itemsRemoved: removed.length,
    reordered: keptOrderBefore.some((k, index) => keptOrderAfter[index] !== k),
    supplementAdded: added.some((item) => item.supplement === true),
    newStart: before.start.getTime() !== after.start.getTime() ? after.start : undefined,
    newLocation: before.locationText !== after.locationText ? after.locationText : undefined,
    cancelled: after.cancelled && !before.cancelled,
  };
}

export function isEmptyChange(summary: MeetingChangeSummary): boolean {
  return (
    summary.itemsAdded === 0 &&
    summary.itemsRemoved === 0 &&
    !summary.reordered &&
    !summary.newStart &&
    summary.newLocation === undefined &&
    !summary.cancelled
  );
}

function byOrder(a: AgendaEntry, b: AgendaEntry): number {
  return a.order - b.order;
}
