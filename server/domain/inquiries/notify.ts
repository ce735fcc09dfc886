import type { ChatMessage, Locale } from '../../../bot/chat/message';
import type { BoundChannel, OutboxItem } from '../announcements/ports';
import { sendDirect } from '../notifications/direct-messages';
import type { Inquiry, InquiryDeps, InquiryMeeting, InquiryState } from './ports';
import { fill, formatWhen, textsFor } from './texts';

/** A state reached, or a supplementary answer added. */
export type InquiryStep = InquiryState | 'ergaenzt';

/** Outbox key of one notice: one per inquiry, step and recipient. */
export function inquiryKey(inquiryId: string, step: string, recipient: string): string {
  return `inquiry:${inquiryId}:${step}:${recipient}`;
}

interface StepContext {
  meeting?: InquiryMeeting | null;
  /** The supplementary answer, for `ergaenzt`. */
  supplement?: { text: string; fileUrl?: string };
  /** Tells repeated steps apart (the n-th supplementary answer). */
  key?: string;
  /** The member saw the confirmation already (the chat form's answer). */
  memberAlreadyTold?: boolean;
}

/**
 * Tells everyone concerned about a step: the member by direct message, the office in the
 * committee's confidential channels, the department when assigned; a published answer of a public
 * Anfrage goes to all the committee's channels, of a non-public one only to confidential ones.
 */
export async function notifyStep(
  deps: InquiryDeps,
  inquiry: Inquiry,
  step: InquiryStep,
  context: StepContext = {},
): Promise<void> {
  const committee = await deps.store.committee(inquiry.committeeId);
  const committeeName = committee?.shortName ?? '';
  const authorName = await deps.store.personName(inquiry.authorPersonId);
  const meeting =
    context.meeting ?? (inquiry.meetingId ? await deps.store.meeting(inquiry.meetingId) : null) ?? null;

  const stepKey = context.key ? `${step}-${context.key}` : step;
  if (!context.memberAlreadyTold) {
    await sendDirect(
      deps.direct,
      inquiry.authorPersonId,
      inquiryKey(inquiry.id, stepKey, 'member'),
      (locale) => memberMessage(inquiry, step, locale, meeting, context.supplement),
    );
  }

  const bindings = await deps.channels.activeBindings(inquiry.committeeId);
  const announcesAnswer =
    step === 'veroeffentlicht' || (step === 'ergaenzt' && inquiry.state === 'veroeffentlicht');
  const items: OutboxItem[] = [];
  for (const binding of bindings) {
    const confidential = binding.confidentiality === 'confidential';
    if (announcesAnswer && (confidential || inquiry.public)) {
      items.push(
        channelItem(
          inquiry,
          stepKey,
          binding,
          answerPost(inquiry, step, committeeName, deps.channelLocale, context.supplement),
        ),
      );
    } else if (!announcesAnswer && confidential) {
      items.push(
        channelItem(
          inquiry,
          stepKey,
          binding,
          officePost(inquiry, step, committeeName, authorName, deps.channelLocale),
        ),
      );
    }
  }
  if (items.length > 0) await deps.outbox.enqueue(items);

  if ((step === 'zugewiesen' || step === 'zurueckgezogen') && inquiry.department) {
    await notifyDepartment(deps, inquiry, step, committeeName);
  }
  deps.onQueued?.();
}

/** The department's notice on assignment or withdrawal, or its reminder before the due date. */
export async function notifyDepartment(
  deps: InquiryDeps,
  inquiry: Inquiry,
  step: 'zugewiesen' | 'zurueckgezogen' | 'erinnerung',
  committeeName: string,
): Promise<number> {
  if (!inquiry.department) return 0;
  let reached = 0;
  const notice = (locale: Locale): ChatMessage => {
    const t = textsFor(locale);
    const body = {
      zugewiesen: t.departmentAssigned,
      zurueckgezogen: t.departmentWithdrawn,
      erinnerung: t.departmentReminder,
    }[step];
    const text = fill(body, {
      subject: inquiry.subject,
      committee: committeeName,
      due: inquiry.dueDate ? formatWhen(inquiry.dueDate, locale) : '–',
    });
    const title = fill(t.departmentTitle, { number: inquiry.number ?? '' });
    return { title, text, fallbackText: `${title}: ${text}` };
  };
  for (const personId of await deps.store.departmentPersons(inquiry.department)) {
    reached += await sendDirect(
      deps.direct,
      personId,
      inquiryKey(inquiry.id, step, `department:${personId}`),
      notice,
    );
  }
  return reached;
}

function channelItem(
  inquiry: Inquiry,
  step: string,
  binding: BoundChannel,
  message: ChatMessage,
): OutboxItem {
  return {
    key: inquiryKey(inquiry.id, step, `channel:${binding.bindingId}`),
    operation: 'post',
    target: {
      platform: binding.platform,
      tenantId: binding.tenantId,
      channelId: binding.channelId,
      kind: 'channel',
    },
    message,
    binding: binding.bindingId,
    ...(inquiry.meetingId ? { meeting: inquiry.meetingId } : {}),
  };
}

function memberMessage(
  inquiry: Inquiry,
  step: InquiryStep,
  locale: Locale,
  meeting: InquiryMeeting | null,
  supplement: StepContext['supplement'],
): ChatMessage {
  const t = textsFor(locale);
  const values = {
    subject: inquiry.subject,
    reason: inquiry.reason ?? '',
    department: inquiry.department ?? '',
    due: inquiry.dueDate ? formatWhen(inquiry.dueDate, locale) : '–',
    meeting: meeting?.name ?? '',
    date: meeting ? formatWhen(meeting.start, locale) : '–',
  };
  const template = {
    eingereicht: inquiry.late ? t.memberFiledLate : t.memberFiled,
    angenommen: t.memberAccepted,
    zurueckgewiesen: t.memberRejected,
    zugewiesen: t.memberAssigned,
    beantwortet: t.memberAnswered,
    veroeffentlicht: t.memberPublished,
    zurueckgezogen: t.memberWithdrawn,
    ergaenzt: t.memberSupplement,
  }[step];
  const title = fill(t.memberTitle, { number: inquiry.number ?? '' });
  const text = fill(template, values);
  const answer = step === 'ergaenzt' ? supplement : step === 'beantwortet' ? inquiry.answer : undefined;
  return {
    title,
    text,
    ...(answer ? { sections: [answerSection(answer, locale)] } : {}),
    fallbackText: `${title}: ${text}`,
  };
}

function officePost(
  inquiry: Inquiry,
  step: InquiryStep,
  committeeName: string,
  authorName: string,
  locale: Locale,
): ChatMessage {
  const t = textsFor(locale);
  const title = fill(t.officeTitle, { number: inquiry.number ?? '', committee: committeeName });
  const stateName = step === 'ergaenzt' ? t.supplementState : t.stateNames[step];
  const text = fill(t.officeLine, { subject: inquiry.subject, author: authorName, state: stateName });
  return { title, text, fallbackText: `${title}: ${text}` };
}

function answerPost(
  inquiry: Inquiry,
  step: InquiryStep,
  committeeName: string,
  locale: Locale,
  supplement: StepContext['supplement'],
): ChatMessage {
  const t = textsFor(locale);
  const title = fill(step === 'ergaenzt' ? t.publicSupplementTitle : t.publicTitle, {
    number: inquiry.number ?? '',
  });
  const text = fill(t.publicLine, { subject: inquiry.subject, committee: committeeName });
  const answer = step === 'ergaenzt' ? supplement : inquiry.answer;
  return {
    title,
    text,
    ...(answer ? { sections: [answerSection(answer, locale)] } : {}),
    fallbackText: `${title}: ${text}`,
  };
}

function answerSection(answer: { text: string; fileUrl?: string }, locale: Locale) {
  const lines = [answer.text];
  if (answer.fileUrl) lines.push(fill(textsFor(locale).fileLabel, { url: answer.fileUrl }));
  return { lines };
}
