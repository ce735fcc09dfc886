import type { Principal } from '../access/principal';
import { filingDeadline, isLate } from './deadline';
import { notifyStep } from './notify';
import { assignNumber, numberOfEarlier } from './numbering';
import type { Inquiry, InquiryCommittee, InquiryDeps, InquiryKind, InquiryMeeting } from './ports';
import { de, en, fill, type TextKey } from './texts';

/** How many upcoming meetings per committee the form offers. */
const MEETINGS_OFFERED = 3;
export const SUBJECT_MAX = 200;
export const TEXT_MAX = 10_000;

export interface FilingChoices {
  committees: { id: string; shortName: string }[];
  meetings: { id: string; committeeId: string; name: string; start: Date; deadline: Date; late: boolean }[];
  fraktionen: { id: string; name: string }[];
}

export interface FileInquiryInput {
  committeeId: string;
  meetingId: string;
  subject: string;
  text: string;
  kind: InquiryKind;
  onBehalfOf?: string;
  attachmentUrl?: string;
  /** Same id for a retried or double-clicked submission: one Anfrage only. */
  requestId: string;
  /** The member confirmed moving a late Anfrage to the next meeting. */
  acceptLate?: boolean;
  /** Dashboard only; chat filings are public. */
  public?: boolean;
  /** The confirmation is the form's answer in chat: no second direct message to the member. */
  confirmedInChat?: boolean;
}

export type FilingField =
  'committeeId' | 'meetingId' | 'subject' | 'text' | 'kind' | 'onBehalfOf' | 'attachmentUrl' | 'requestId';

export type FileInquiryResult =
  | {
      status: 'filed';
      inquiry: { id: string; number: string; meetingId: string; meetingName: string; deadline: Date };
      /** Moved to the next meeting after the deadline. */
      late?: boolean;
    }
  | { status: 'late'; deadline: Date; nextMeeting: { id: string; name: string; start: Date } | null }
  | {
      status: 'invalid';
      errors: Partial<Record<FilingField, string>>;
      errorsEn: Partial<Record<FilingField, string>>;
      /** The person may not file in this committee at all (403 in the API). */
      forbidden?: boolean;
    };

/** Committees, next meetings (with filing deadline) and Fraktionen the member can pick in the form. */
export async function filingChoices(
  deps: InquiryDeps,
  principal: Principal,
  now: Date,
): Promise<FilingChoices> {
  if (!principal.personId) return { committees: [], meetings: [], fraktionen: [] };
  const committees = await deps.store.fileableCommittees(principal.personId, now);
  const meetings: FilingChoices['meetings'] = [];
  for (const { id } of committees) {
    const committee = await deps.store.committee(id);
    if (!committee) continue;
    for (const meeting of await deps.store.upcomingMeetings(id, now, MEETINGS_OFFERED)) {
      const deadline = deadlineOf(committee, meeting);
      meetings.push({
        id: meeting.id,
        committeeId: id,
        name: meeting.name,
        start: meeting.start,
        deadline,
        late: isLate(now, deadline),
      });
    }
  }
  const fraktionen = await deps.store.fraktionenOf(principal.personId, now);
  return { committees, meetings, fraktionen };
}

export function deadlineOf(committee: InquiryCommittee, meeting: Pick<InquiryMeeting, 'start'>): Date {
  return filingDeadline(meeting.start, committee.rules, committee.holidayState);
}

/**
 * Files an Anfrage: checks the rules, numbers it and tells the member and the office. A late one
 * is only filed (for the next meeting) once the member confirmed with `acceptLate`.
 */
export async function fileInquiry(
  deps: InquiryDeps,
  principal: Principal,
  input: FileInquiryInput,
  now: Date,
): Promise<FileInquiryResult> {
  const personId = principal.personId;
  if (!personId) return invalid({ committeeId: ['errNoPerson'] }, true);
  if (!input.requestId?.trim()) return invalid({ requestId: ['errRequestId'] });

  const earlier = await deps.store.findByRequest(personId, input.requestId);
  // The first attempt may still lose the race for the limit's last place and be discarded: then this one files anew.
  const repeated = earlier ? await filedResult(deps, earlier, now) : null;
  if (repeated) return repeated;

  const fieldErrors = checkFields(input);
  const committee = input.committeeId ? await deps.store.committee(input.committeeId) : null;
  if (!input.committeeId) fieldErrors.committeeId = ['errCommitteeRequired'];
  const rights = committee
    ? await deps.store.filingRights(personId, committee.id, now)
    : { ownSeat: false, seatedFraktionen: [] };
  if (input.committeeId && (!committee || (!rights.ownSeat && rights.seatedFraktionen.length === 0))) {
    return invalid({ ...fieldErrors, committeeId: ['errNotMember'] }, true);
  }
  if (input.onBehalfOf) {
    const own = await deps.store.fraktionenOf(personId, now);
    if (!own.some((f) => f.id === input.onBehalfOf)) fieldErrors.onBehalfOf = ['errOnBehalfOf'];
  }
  // Without an own seat the right to file is the Fraktion's: only on behalf of one seated in the committee.
  if (!fieldErrors.onBehalfOf && committee && !rights.ownSeat) {
    if (!input.onBehalfOf || !rights.seatedFraktionen.includes(input.onBehalfOf))
      fieldErrors.onBehalfOf = ['errOnBehalfOfSeat'];
  }
  const meeting = input.meetingId ? await deps.store.meeting(input.meetingId) : null;
  if (!input.meetingId) fieldErrors.meetingId = ['errMeetingRequired'];
  else if (
    !meeting ||
    meeting.committeeId !== input.committeeId ||
    meeting.cancelled ||
    meeting.start <= now
  ) {
    fieldErrors.meetingId = ['errMeetingUnknown'];
  }
  if (Object.keys(fieldErrors).length > 0 || !committee || !meeting) return invalid(fieldErrors);

  let target = meeting;
  let deadline = deadlineOf(committee, meeting);
  const late = isLate(now, deadline);
  if (late) {
    const next = await nextOpenMeeting(deps, committee, meeting, now);
    if (!input.acceptLate) {
      return {
        status: 'late',
        deadline,
        nextMeeting: next
          ? { id: next.meeting.id, name: next.meeting.name, start: next.meeting.start }
          : null,
      };
    }
    if (!next) return invalid({ meetingId: ['errNoNextMeeting'] });
    target = next.meeting;
    deadline = next.deadline;
  }

  const limitError = await checkLimit(deps, committee, target.id, personId, input.onBehalfOf);
  if (limitError) return invalid(limitError);

  const { created, inquiry } = await deps.store.insert({
    bodyId: committee.bodyId,
    committeeId: committee.id,
    meetingId: target.id,
    subject: input.subject.trim(),
    text: input.text.trim(),
    kind: input.kind,
    authorPersonId: personId,
    onBehalfOf: input.onBehalfOf || undefined,
    attachmentUrl: input.attachmentUrl?.trim() || undefined,
    public: input.public ?? true,
    late,
    movedFrom: late ? meeting.id : undefined,
    requestId: input.requestId,
    history: [{ state: 'eingereicht', at: now, byUserId: principal.userId }],
  });
  if (!created) return (await filedResult(deps, inquiry, now)) ?? invalid({ requestId: ['errRequestId'] });
  // Simultaneous filings all passed the check above; the earliest stored keep the places.
  const raced = await checkLimit(deps, committee, target.id, personId, input.onBehalfOf, inquiry.id);
  if (raced) {
    await deps.store.discardUnnumbered(inquiry.id);
    return invalid(raced);
  }

  const numbered = await assignNumber(deps, committee, inquiry, now);
  await deps.audit.record({
    actor: principal,
    action: 'create',
    entityType: 'inquiry',
    entityId: numbered.id,
    organization: committee.id,
    summary: `Anfrage ${numbered.number ?? ''} eingereicht${late ? ' (nach Frist, nächste Sitzung)' : ''}`,
  });
  await notifyStep(deps, numbered, 'eingereicht', {
    meeting: target,
    memberAlreadyTold: input.confirmedInChat === true,
  });
  return {
    status: 'filed',
    inquiry: {
      id: numbered.id,
      number: numbered.number ?? '',
      meetingId: target.id,
      meetingName: target.name,
      deadline,
    },
    ...(late ? { late: true } : {}),
  };
}

async function filedResult(
  deps: InquiryDeps,
  inquiry: Inquiry,
  now: Date,
): Promise<FileInquiryResult | null> {
  const committee = await deps.store.committee(inquiry.committeeId);
  const numbered = await numberOfEarlier(deps, inquiry, now);
  if (!numbered) return null;
  const meeting = inquiry.meetingId ? await deps.store.meeting(inquiry.meetingId) : null;
  return {
    status: 'filed',
    inquiry: {
      id: numbered.id,
      number: numbered.number ?? '',
      meetingId: inquiry.meetingId ?? '',
      meetingName: meeting?.name ?? '',
      deadline: committee && meeting ? deadlineOf(committee, meeting) : now,
    },
    ...(inquiry.late ? { late: true } : {}),
  };
}

async function nextOpenMeeting(
  deps: InquiryDeps,
  committee: InquiryCommittee,
  after: InquiryMeeting,
  now: Date,
): Promise<{ meeting: InquiryMeeting; deadline: Date } | null> {
  const candidates = await deps.store.upcomingMeetings(committee.id, after.start, MEETINGS_OFFERED);
  for (const meeting of candidates) {
    if (meeting.id === after.id) continue;
    const deadline = deadlineOf(committee, meeting);
    if (!isLate(now, deadline)) return { meeting, deadline };
  }
  return null;
}

type Errors = Partial<Record<FilingField, [TextKey, Record<string, string | number>?]>>;

function checkFields(input: FileInquiryInput): Errors {
  const errors: Errors = {};
  const subject = input.subject?.trim() ?? '';
  const text = input.text?.trim() ?? '';
  if (!subject) errors.subject = ['errSubjectRequired'];
  else if (subject.length > SUBJECT_MAX) errors.subject = ['errSubjectTooLong', { max: SUBJECT_MAX }];
  if (!text) errors.text = ['errTextRequired'];
  else if (text.length > TEXT_MAX) errors.text = ['errTextTooLong', { max: TEXT_MAX }];
  if (input.kind !== 'schriftlich' && input.kind !== 'muendlich') errors.kind = ['errKind'];
  const url = input.attachmentUrl?.trim();
  if (url && !isHttpsUrl(url)) errors.attachmentUrl = ['errAttachment'];
  return errors;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

async function checkLimit(
  deps: InquiryDeps,
  committee: InquiryCommittee,
  meetingId: string,
  personId: string,
  onBehalfOf: string | undefined,
  before?: string,
): Promise<Errors | null> {
  const { maxPerMeeting, limitPer } = committee.rules;
  const perFraktion = limitPer === 'fraktion' && !!onBehalfOf;
  const count = await deps.store.countForMeeting(
    meetingId,
    perFraktion ? { onBehalfOf } : { authorPersonId: personId },
    before,
  );
  if (count < maxPerMeeting) return null;
  return perFraktion
    ? { onBehalfOf: ['errLimitFraktion', { max: maxPerMeeting }] }
    : { meetingId: ['errLimitMember', { max: maxPerMeeting }] };
}

function invalid(errors: Errors, forbidden = false): FileInquiryResult {
  const de_: Partial<Record<FilingField, string>> = {};
  const en_: Partial<Record<FilingField, string>> = {};
  for (const [field, entry] of Object.entries(errors) as [
    FilingField,
    [TextKey, Record<string, string | number>?],
  ][]) {
    de_[field] = fill(de[entry[0]], entry[1]);
    en_[field] = fill(en[entry[0]], entry[1]);
  }
  return { status: 'invalid', errors: de_, errorsEn: en_, ...(forbidden ? { forbidden: true } : {}) };
}
