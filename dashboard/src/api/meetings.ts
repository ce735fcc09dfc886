import { del, get, patch, post, put } from './client';
import type { AgendaItem, MeetingDetail, MeetingSummary, Page } from './types';

/** The API's largest page; a calendar range rarely holds more, and then the next pages follow. */
const PAGE_SIZE = 100;

export async function fetchMeetingsInRange(from: Date, to: Date): Promise<MeetingSummary[]> {
  const meetings: MeetingSummary[] = [];
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({
      from: from.toISOString(),
      to: to.toISOString(),
      page: String(page),
      pageSize: String(PAGE_SIZE),
    });
    const result = await get<Page<MeetingSummary>>(`/api/v1/meetings?${query}`);
    meetings.push(...result.items);
    if (result.items.length === 0 || meetings.length >= result.total) return meetings;
  }
}

export const fetchMeeting = (id: string) => get<MeetingDetail>(`/api/v1/meetings/${encodeURIComponent(id)}`);

export interface MeetingEdit {
  name: string;
  start: string;
  end: string | null;
  location: string | null;
  version?: number;
}

export const updateMeeting = (id: string, changes: MeetingEdit) =>
  patch<MeetingDetail>(`/api/v1/meetings/${id}`, changes);

export const changeMeetingState = (id: string, state: string, version?: number) =>
  post<MeetingDetail>(`/api/v1/meetings/${id}/state`, { state, version });

export interface NewAgendaItemInput {
  name: string;
  public: boolean;
  /** Main item to file the new one under ("7"). */
  parentNumber?: string;
  version?: number;
}

interface AgendaChange {
  item?: AgendaItem;
  meeting: MeetingDetail;
}

export const addAgendaItem = (meetingId: string, item: NewAgendaItemInput) =>
  post<AgendaChange>(`/api/v1/meetings/${meetingId}/agenda-items`, item);

export const removeAgendaItem = (meetingId: string, itemId: string, version?: number) =>
  del<AgendaChange>(
    `/api/v1/meetings/${meetingId}/agenda-items/${itemId}${version === undefined ? '' : `?version=${version}`}`,
  );

export const reorderAgenda = (meetingId: string, ids: string[], version?: number) =>
  put<AgendaChange>(`/api/v1/meetings/${meetingId}/agenda-items/order`, { ids, version });

export interface PublishResult {
  publishedAt: string;
  /** Bound channels of the committee. */
  channels: number;
  /** Posts newly queued (0 when published to the same channels before). */
  queued: number;
}

export const publishMeeting = (meetingId: string) =>
  post<PublishResult>(`/api/v1/meetings/${meetingId}/publish`);
