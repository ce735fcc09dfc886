import { DomainError } from '../errors';

export const MEETING_STATES = [
  'terminiert',
  'eingeladen',
  'durchgefuehrt',
  'abgesagt',
  'verschoben',
] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_STATE_LABELS: Record<MeetingState, { de: string; en: string }> = {
  terminiert: { de: 'terminiert', en: 'scheduled' },
  eingeladen: { de: 'eingeladen', en: 'invited' },
  durchgefuehrt: { de: 'durchgeführt', en: 'held' },
  abgesagt: { de: 'abgesagt', en: 'cancelled' },
  verschoben: { de: 'verschoben', en: 'postponed' },
};

/**
 * Allowed moves. A postponed meeting gets a new date and is scheduled or invited again;
 * a held or cancelled meeting is final.
 */
const TRANSITIONS: Record<MeetingState, readonly MeetingState[]> = {
  terminiert: ['eingeladen', 'abgesagt', 'verschoben'],
  eingeladen: ['durchgefuehrt', 'abgesagt', 'verschoben'],
  verschoben: ['terminiert', 'eingeladen', 'abgesagt'],
  durchgefuehrt: [],
  abgesagt: [],
};

export function allowedTransitions(from: MeetingState): readonly MeetingState[] {
  return TRANSITIONS[from];
}

export interface MeetingStateChange {
  state: MeetingState;
  cancelled: boolean;
  invitationDate?: Date;
}

/** Checks and applies a state change; the caller stores the result. */
export function changeMeetingState(
  meeting: { state: MeetingState; start: Date; invitationDate?: Date | null },
  to: MeetingState,
  now: Date,
): MeetingStateChange {
  if (!TRANSITIONS[meeting.state].includes(to)) {
    throw new DomainError(
      'meeting_transition_not_allowed',
      `Eine Sitzung im Status „${MEETING_STATE_LABELS[meeting.state].de}“ kann nicht „${MEETING_STATE_LABELS[to].de}“ werden.`,
      { from: meeting.state, to },
    );
  }
  if (to === 'durchgefuehrt' && meeting.start.getTime() > now.getTime()) {
    throw new DomainError(
      'meeting_not_started',
      'Eine Sitzung kann erst nach ihrem Beginn als durchgeführt gelten.',
    );
  }
  return {
    state: to,
    cancelled: to === 'abgesagt',
    invitationDate:
      to === 'eingeladen' ? (meeting.invitationDate ?? now) : (meeting.invitationDate ?? undefined),
  };
}
