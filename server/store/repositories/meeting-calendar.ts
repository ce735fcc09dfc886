import type { MeetingQuery, MeetingSummary } from '../../domain/meetings/ports';
import type { Page } from '../../domain/persons/ports';
import { deepFreeze, StampedSnapshot } from '../change-stamps/stamped-snapshot';
import { MEETING_SUMMARY_FIELDS, MeetingModel } from '../models/meeting';
import { toSummary, type MeetingLean } from './meeting-mapping';

/** A calendar entry with the stored values the list filters on (a missing state matches no state). */
interface CalendarEntry {
  summary: MeetingSummary;
  startMs: number;
  storedState: string | null;
}

const SUMMARY_PROJECTION = Object.fromEntries(MEETING_SUMMARY_FIELDS.map((field) => [field, 1]));

/**
 * Every meeting's calendar entry in the order of the list (start, then id), kept while the
 * `meeting-summaries` stamp is unchanged. Ten years of a city's meetings are a few thousand small
 * records; agenda edits and presence writes do not touch them.
 */
export function meetingCalendar() {
  const snapshot = new StampedSnapshot('meeting-summaries', async (): Promise<CalendarEntry[]> => {
    const docs = await MeetingModel.find({}, SUMMARY_PROJECTION)
      .sort({ start: 1, _id: 1 })
      .lean<MeetingLean[]>();
    return docs.map((doc) => ({
      summary: deepFreeze(toSummary(doc)),
      startMs: doc.start.getTime(),
      storedState: doc.state ?? null,
    }));
  });
  return {
    async list(query: MeetingQuery): Promise<Page<MeetingSummary>> {
      return pageOf(await snapshot.get(), query);
    },
  };
}

/** The query's page, with the same matching as `{ organization: {$in}, state: {$in}, start: {$gte, $lt} }`. */
export function pageOf(entries: readonly CalendarEntry[], query: MeetingQuery): Page<MeetingSummary> {
  const organizations = query.organizations?.length ? new Set(query.organizations) : undefined;
  const states = query.states?.length ? new Set<string>(query.states) : undefined;
  const first = query.from ? firstStartingAt(entries, query.from.getTime()) : 0;
  const endMs = query.to?.getTime() ?? Number.POSITIVE_INFINITY;
  const skip = (query.page - 1) * query.pageSize;
  const items: MeetingSummary[] = [];
  let total = 0;
  for (let i = first; i < entries.length && entries[i]!.startMs < endMs; i++) {
    const entry = entries[i]!;
    if (organizations && !organizations.has(entry.summary.organization)) continue;
    if (states && (entry.storedState === null || !states.has(entry.storedState))) continue;
    if (total >= skip && items.length < query.pageSize) items.push(entry.summary);
    total++;
  }
  return { items, page: query.page, pageSize: query.pageSize, total };
}

/** Index of the first entry starting at or after `ms` (binary search over the start order). */
function firstStartingAt(entries: readonly CalendarEntry[], ms: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (entries[mid]!.startMs < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}
