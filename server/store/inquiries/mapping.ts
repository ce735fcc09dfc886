import type { Types } from 'mongoose';
import type { Inquiry, InquiryKind, InquiryState } from '../../domain/inquiries/ports';

export interface InquiryLean {
  _id: Types.ObjectId;
  body: Types.ObjectId;
  organization: Types.ObjectId;
  meeting?: Types.ObjectId | null;
  number?: string | null;
  subject: string;
  text: string;
  kind: InquiryKind;
  author: Types.ObjectId;
  onBehalfOf?: Types.ObjectId | null;
  attachmentUrl?: string | null;
  public?: boolean | null;
  state: InquiryState;
  history?: { state: InquiryState; at: Date; by?: Types.ObjectId | null; note?: string | null }[];
  department?: string | null;
  dueDate?: Date | null;
  answer?: { text?: string | null; fileUrl?: string | null; answeredAt?: Date | null } | null;
  addenda?: { text: string; fileUrl?: string | null; at?: Date | null }[];
  supplementTo?: Types.ObjectId | null;
  late?: boolean | null;
  movedFrom?: Types.ObjectId | null;
  requestId?: string | null;
  reason?: string | null;
  carriedTo?: { meeting?: Types.ObjectId | null; agendaItem?: Types.ObjectId | null }[];
  createdAt?: Date;
}

function opt<T>(value: T | null | undefined): T | undefined {
  return value === null || value === undefined ? undefined : value;
}

export function toInquiry(doc: InquiryLean): Inquiry {
  return {
    id: doc._id.toString(),
    bodyId: doc.body.toString(),
    committeeId: doc.organization.toString(),
    meetingId: doc.meeting?.toString(),
    number: opt(doc.number),
    subject: doc.subject,
    text: doc.text,
    kind: doc.kind,
    authorPersonId: doc.author.toString(),
    onBehalfOf: doc.onBehalfOf?.toString(),
    attachmentUrl: opt(doc.attachmentUrl),
    public: doc.public !== false,
    state: doc.state,
    history: (doc.history ?? []).map((h) => ({
      state: h.state,
      at: h.at,
      byUserId: h.by?.toString(),
      note: opt(h.note),
    })),
    department: opt(doc.department),
    dueDate: opt(doc.dueDate),
    answer:
      doc.answer?.text && doc.answer.answeredAt
        ? { text: doc.answer.text, fileUrl: opt(doc.answer.fileUrl), answeredAt: doc.answer.answeredAt }
        : undefined,
    addenda: (doc.addenda ?? []).map((a) => ({
      text: a.text,
      fileUrl: opt(a.fileUrl),
      at: a.at ?? new Date(0),
    })),
    supplementTo: doc.supplementTo?.toString(),
    late: !!doc.late,
    movedFrom: doc.movedFrom?.toString(),
    requestId: opt(doc.requestId),
    reason: opt(doc.reason),
    agendaPlacedIn: (doc.carriedTo ?? []).map((c) => String(c.meeting)),
    createdAt: doc.createdAt ?? new Date(0),
  };
}
