import { get, post } from './client';

/** A Zusage, Prüf- or Arbeitsauftrag recorded in the meeting (GET /api/v1/meetings/:id/follow-ups). */
export interface MeetingFollowUp {
  id: string;
  kind: string;
  title: string;
  status: string;
  public: boolean;
  dueDate: string | null;
  overdue: boolean;
  completedAt?: string | null;
  owner: { department: string | null; name: string | null };
  agendaItem: { id: string; number: string; name: string } | null;
}

export interface MeetingFollowUps {
  meetingId: string;
  /** In agenda order, then by due date; those without an agenda item last. */
  items: MeetingFollowUp[];
  nonPublicCount: number;
  /** False: follow-ups of the nichtöffentlicher Teil are withheld (only counted). */
  nonPublicIncluded: boolean;
}

export const fetchMeetingFollowUps = (meetingId: string) =>
  get<MeetingFollowUps>(`/api/v1/meetings/${encodeURIComponent(meetingId)}/follow-ups`);

/** POST /api/v1/follow-ups/:id/close: the owner or the office reports it done (answer not used here). */
export const closeFollowUp = (id: string, completionNote: string) =>
  post<{ id: string; status: string }>(`/api/v1/follow-ups/${encodeURIComponent(id)}/close`, {
    completionNote,
  });
