import type { Inquiry } from '../../../domain/inquiries/ports';

/** An Anfrage as the dashboard shows it (the request id stays internal). */
export function presentInquiry(inquiry: Inquiry) {
  return {
    id: inquiry.id,
    number: inquiry.number ?? null,
    committeeId: inquiry.committeeId,
    meetingId: inquiry.meetingId ?? null,
    subject: inquiry.subject,
    text: inquiry.text,
    kind: inquiry.kind,
    authorPersonId: inquiry.authorPersonId,
    onBehalfOf: inquiry.onBehalfOf ?? null,
    attachmentUrl: inquiry.attachmentUrl ?? null,
    public: inquiry.public,
    state: inquiry.state,
    late: inquiry.late,
    movedFrom: inquiry.movedFrom ?? null,
    reason: inquiry.reason ?? null,
    department: inquiry.department ?? null,
    dueDate: inquiry.dueDate?.toISOString() ?? null,
    answer: inquiry.answer
      ? {
          text: inquiry.answer.text,
          fileUrl: inquiry.answer.fileUrl ?? null,
          answeredAt: inquiry.answer.answeredAt.toISOString(),
        }
      : null,
    supplements: inquiry.addenda.map((a) => ({
      text: a.text,
      fileUrl: a.fileUrl ?? null,
      at: a.at.toISOString(),
    })),
    carriedTo: inquiry.agendaPlacedIn ?? [],
    history: inquiry.history.map((h) => ({ state: h.state, at: h.at.toISOString(), note: h.note ?? null })),
    createdAt: inquiry.createdAt.toISOString(),
  };
}
