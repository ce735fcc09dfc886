import type { Principal } from '../../../server/domain/access/principal';
import { answerAttendance } from '../../../server/domain/attendance/requests/answer';
import type { AttendanceRequestDeps } from '../../../server/domain/attendance/requests/ports';
import {
  answerSubstitution,
  nameSubstitute,
  substituteChoices,
} from '../../../server/domain/attendance/requests/substitutes';
import { DomainError } from '../../../server/domain/errors';
import type { Turn } from '../deps';
import type { ChatFeature } from '../feature';
import type { ActionOutcome, FormOutcome } from '../inbound';
import type { ChatMessage, Locale } from '../message';
import { presentNotice } from '../presenters/notice';
import {
  ATTEND_ACTION,
  CONFIRM_ACTION,
  DECLINE_ACTION,
  EXCUSE_ACTION,
  SUBSTITUTE_ACTION,
  SUBSTITUTE_FORM,
} from './ids';
import { answerText, dative } from './presenters';
import { rt, type RequestTextKey } from './texts';

/**
 * The attendance request's buttons and the substitute form. Every answer is the presser's own:
 * the buttons carry the person they were sent to, and a press by anyone else stores nothing.
 */
export function attendanceRequestsFeature(deps: AttendanceRequestDeps): ChatFeature {
  const answer = (response: 'attending' | 'excused') => async (turn: Turn, value: Record<string, string>) =>
    refusals(turn.locale, async (): Promise<ActionOutcome> => {
      const done = await answerAttendance(deps, principalOf(turn), {
        meetingId: value.meetingId ?? '',
        personId: value.personId,
        response,
      });
      const personId = principalOf(turn).personId ?? '';
      // The pressed card shows the answer at once, in the presser's language.
      return {
        replies: [],
        updateOriginal: deps.renderer.request(done.meeting, { personId }, done.state, 'request', turn.locale),
      };
    });

  const substituteDecision = (accept: boolean) => async (turn: Turn, value: Record<string, string>) =>
    refusals(turn.locale, async (): Promise<ActionOutcome> => {
      const done = await answerSubstitution(deps, principalOf(turn), {
        meetingId: value.meetingId ?? '',
        memberId: value.memberId ?? '',
        substituteId: value.personId,
        accept,
      });
      const member = dative(done.memberName, turn.locale);
      const text = accept
        ? rt(turn.locale, 'confirmed.text', { member, meeting: done.meetingName })
        : rt(turn.locale, 'declined.text', { member });
      const notice = presentNotice(text, rt(turn.locale, 'done.title'));
      return { replies: [], updateOriginal: notice };
    });

  return {
    actions: {
      [ATTEND_ACTION]: answer('attending'),
      [EXCUSE_ACTION]: answer('excused'),
      [SUBSTITUTE_ACTION]: (turn, value) =>
        refusals(turn.locale, async (): Promise<ActionOutcome> => {
          const { meetingName, choices } = await substituteChoices(deps, principalOf(turn), {
            meetingId: value.meetingId ?? '',
            personId: value.personId,
          });
          return {
            replies: [],
            openForm: {
              formId: SUBSTITUTE_FORM,
              title: rt(turn.locale, 'form.title'),
              submitLabel: rt(turn.locale, 'form.submit'),
              fields: [
                {
                  kind: 'select',
                  id: 'substitute',
                  label: `${rt(turn.locale, 'form.substitute')} (${meetingName})`.slice(0, 150),
                  required: true,
                  options: choices.map((seat) => ({ value: seat.personId, label: seat.name })),
                },
              ],
              state: { meetingId: value.meetingId ?? '', personId: value.personId ?? '' },
            },
          };
        }),
      [CONFIRM_ACTION]: substituteDecision(true),
      [DECLINE_ACTION]: substituteDecision(false),
    },
    forms: {
      [SUBSTITUTE_FORM]: async (turn, values, state): Promise<FormOutcome> => {
        try {
          const done = await nameSubstitute(deps, principalOf(turn), {
            meetingId: state.meetingId ?? '',
            personId: state.personId || undefined,
            substituteId: values.substitute ?? '',
          });
          const name = done.state.substituteName ?? '';
          const text = rt(turn.locale, done.reached > 0 ? 'named.text' : 'named.unreachable', { name });
          return { replies: [presentNotice(text, answerText(done.state, turn.locale))] };
        } catch (err) {
          const field = err instanceof DomainError ? err.details?.field : undefined;
          if (err instanceof DomainError && field === 'substitute')
            return { errors: { substitute: refusalText(turn.locale, err) } };
          return refusals(turn.locale, () => Promise.reject(err));
        }
      },
    },
    helpLines: (locale) => [rt(locale, 'help.line')],
  };
}

function principalOf(turn: Turn): Principal {
  if (!turn.principal) throw new DomainError('attendance_not_member', 'Nicht angemeldet.');
  return turn.principal;
}

const LOCALIZED = new Set([
  'attendance_not_member',
  'attendance_for_other',
  'substitute_none',
  'substitute_not_allowed',
  'substitute_busy',
  'substitute_not_named',
]);

function refusalText(locale: Locale, err: DomainError): string {
  if (err.code === 'not_found') return rt(locale, 'error.not_found');
  if (err.code === 'meeting_closed')
    return rt(locale, err.details?.reason === 'past' ? 'error.past' : 'error.cancelled');
  if (LOCALIZED.has(err.code)) return rt(locale, `error.${err.code}` as RequestTextKey);
  return err.message;
}

/** Expected refusals become a friendly reply in the reader's language; nothing was stored. */
async function refusals<T extends ActionOutcome | FormOutcome>(
  locale: Locale,
  run: () => Promise<T>,
): Promise<T | { replies: ChatMessage[] }> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { replies: [presentNotice(refusalText(locale, err), rt(locale, 'error.title'))] };
  }
}
