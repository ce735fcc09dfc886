import { get, post } from './client';

export const INQUIRY_STATES = [
  'eingereicht',
  'angenommen',
  'zurueckgewiesen',
  'zugewiesen',
  'beantwortet',
  'veroeffentlicht',
  'zurueckgezogen',
] as const;
export type InquiryState = (typeof INQUIRY_STATES)[number];

/** An Anfrage as GET /api/v1/inquiries lists it. */
export interface Inquiry {
  id: string;
  number: string | null;
  committeeId: string;
  meetingId: string | null;
  subject: string;
  text: string;
  kind: 'schriftlich' | 'muendlich';
  authorPersonId: string;
  onBehalfOf: string | null;
  public: boolean;
  state: InquiryState;
  late: boolean;
  reason: string | null;
  department: string | null;
  /** ISO instant: Berlin midnight of the due day. */
  dueDate: string | null;
  answer: { text: string; fileUrl: string | null; answeredAt: string } | null;
  createdAt: string;
}

export interface InquiryFilter {
  state: '' | InquiryState;
  committee: string;
  /** "2026-12-31": due on or before that day. */
  dueBefore: string;
}

export function inquiriesQuery(filter: InquiryFilter): string {
  const query = new URLSearchParams();
  if (filter.state) query.set('state', filter.state);
  if (filter.committee) query.set('committee', filter.committee);
  if (filter.dueBefore) query.set('dueBefore', filter.dueBefore);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export async function fetchInquiries(filter: InquiryFilter): Promise<Inquiry[]> {
  return (await get<{ items: Inquiry[] }>(`/api/v1/inquiries${inquiriesQuery(filter)}`)).items;
}

const actionPath = (id: string, action: string) => `/api/v1/inquiries/${encodeURIComponent(id)}/${action}`;

export const acceptInquiry = (id: string) => post<Inquiry>(actionPath(id, 'accept'));
export const rejectInquiry = (id: string, reason: string) =>
  post<Inquiry>(actionPath(id, 'reject'), { reason });
/** `dueDate` "2026-12-31"; left out, the server sets the committee's default answer period. */
export const assignInquiry = (id: string, department: string, dueDate: string) =>
  post<Inquiry>(actionPath(id, 'assign'), { department, ...(dueDate ? { dueDate } : {}) });
export const answerInquiry = (id: string, text: string, fileUrl: string) =>
  post<Inquiry>(actionPath(id, 'answer'), { text, ...(fileUrl ? { fileUrl } : {}) });
export const publishInquiry = (id: string) => post<Inquiry>(actionPath(id, 'publish'));
export const withdrawInquiry = (id: string) => post<Inquiry>(actionPath(id, 'withdraw'));
