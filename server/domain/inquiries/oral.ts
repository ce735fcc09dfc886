import type { Principal } from '../access/principal';
import { DomainError } from '../errors';
import { addBerlinDays } from '../time/berlin';
import { mayTriage } from './access';
import { assignNumber } from './numbering';
import { notifyStep } from './notify';
import type { HistoryEntry, Inquiry, InquiryDeps } from './ports';
import { ANSWER_MAX } from './transitions';

export interface OralQuestionInput {
  committeeId: string;
  meetingId: string;
  /** The member who asked. */
  askedBy: string;
  subject: string;
  text: string;
  agendaItemId?: string;
  /** "Es wurde zugesagt, dass diese Frage im Rahmen der Niederschrift beantwortet würde." */
  zugesagt?: boolean;
  department?: string;
  dueDate?: Date;
  public?: boolean;
}

function required(value: string | undefined, field: string, message: string, max: number): string {
  const text = value?.trim() ?? '';
  if (!text) throw new DomainError('validation_failed', message, { field });
  if (text.length > max) throw new DomainError('validation_failed', `Höchstens ${max} Zeichen.`, { field });
  return text;
}

/**
 * A mündliche Anfrage asked in the session, recorded by the office. A promised answer (zugesagt)
 * becomes a Zusage follow-up; with a department it is assigned at once.
 */
export async function recordOralQuestion(
  deps: InquiryDeps,
  principal: Principal,
  input: OralQuestionInput,
  now: Date,
): Promise<{ inquiry: Inquiry; followUpId?: string }> {
  if (!mayTriage(principal, input.committeeId)) {
    throw new DomainError('forbidden', 'Mündliche Anfragen erfasst die Geschäftsführung des Gremiums.');
  }
  const committee = await deps.store.committee(input.committeeId);
  if (!committee)
    throw new DomainError('validation_failed', 'Dieses Gremium gibt es nicht.', { field: 'committeeId' });
  const meeting = await deps.store.meeting(input.meetingId);
  if (!meeting || meeting.committeeId !== committee.id) {
    throw new DomainError('validation_failed', 'Diese Sitzung gehört nicht zum Gremium.', {
      field: 'meetingId',
    });
  }
  if (!(await deps.store.personName(input.askedBy))) {
    throw new DomainError('validation_failed', 'Diese Person gibt es nicht.', { field: 'askedBy' });
  }
  // The asker is told of every step by direct message: only a member of the committee (or of a Fraktion seated in it).
  const rights = await deps.store.filingRights(input.askedBy, committee.id, now);
  if (!rights.ownSeat && rights.seatedFraktionen.length === 0) {
    throw new DomainError(
      'validation_failed',
      'Diese Person ist nicht Mitglied des Gremiums oder einer seiner Fraktionen.',
      {
        field: 'askedBy',
      },
    );
  }
  const subject = required(input.subject, 'subject', 'Bitte geben Sie einen Betreff an.', 200);
  const text = required(input.text, 'text', 'Bitte geben Sie die Frage an.', ANSWER_MAX);
  const department = input.department?.trim() || undefined;
  const assigned = !!(input.zugesagt && department);
  const dueDate = input.zugesagt
    ? (input.dueDate ?? addBerlinDays(now, committee.rules.answerDueDays))
    : undefined;
  const history: HistoryEntry[] = [
    { state: 'eingereicht', at: now, byUserId: principal.userId, note: 'mündlich in der Sitzung' },
    { state: 'angenommen', at: now, byUserId: principal.userId },
  ];
  if (assigned) history.push({ state: 'zugewiesen', at: now, byUserId: principal.userId, note: department });

  const { inquiry } = await deps.store.insert({
    bodyId: committee.bodyId,
    committeeId: committee.id,
    meetingId: meeting.id,
    subject,
    text,
    kind: 'muendlich',
    authorPersonId: input.askedBy,
    public: input.public ?? true,
    late: false,
    history,
    state: assigned ? 'zugewiesen' : 'angenommen',
    ...(assigned ? { department, dueDate } : {}),
  });
  const numbered = await assignNumber(deps, committee, inquiry, now);
  let followUpId: string | undefined;
  if (input.zugesagt) {
    followUpId = await deps.store.createZusage({
      bodyId: committee.bodyId,
      committeeId: committee.id,
      meetingId: meeting.id,
      agendaItemId: input.agendaItemId,
      inquiryId: numbered.id,
      title: `Zusage zu Anfrage ${numbered.number ?? ''}: ${subject}`,
      department,
      dueDate,
      public: numbered.public,
    });
  }
  await deps.audit.record({
    actor: principal,
    action: 'create',
    entityType: 'inquiry',
    entityId: numbered.id,
    organization: committee.id,
    summary: `Mündliche Anfrage ${numbered.number ?? ''} erfasst${input.zugesagt ? ' (zugesagt)' : ''}`,
  });
  await notifyStep(deps, numbered, numbered.state, { meeting });
  return { inquiry: numbered, ...(followUpId ? { followUpId } : {}) };
}
