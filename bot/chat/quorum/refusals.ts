import { DomainError } from '../../../server/domain/errors';
import { berlinClock } from '../../../server/domain/quorum/explain';
import type { Locale } from '../message';
import type { ChatMessage } from '../message';
import { presentNotice } from '../presenters/notice';
import { QUORUM_CHAT_TEXTS } from './texts';

/** An expected refusal of the presence use cases as a friendly reply; anything else is rethrown. */
export function quorumRefusal(
  err: unknown,
  locale: Locale,
  context: { name?: string; self?: boolean },
): ChatMessage {
  if (!(err instanceof DomainError)) throw err;
  const t = QUORUM_CHAT_TEXTS[locale];
  const name = context.name ?? '';
  const details = err.details ?? {};
  const clock = (iso: unknown) => (typeof iso === 'string' ? berlinClock(new Date(iso)) : '');
  const text = (() => {
    switch (err.code) {
      case 'forbidden':
        return context.self === false ? t.forbiddenOthers : t.forbiddenOffice;
      case 'attendance_already_present':
        return context.self
          ? t.selfAlreadyPresent(clock(details.since))
          : t.alreadyPresent(name, clock(details.since));
      case 'attendance_not_present':
        return t.notPresent(name);
      case 'attendance_time_outside_session':
        return t.outsideSession(clock(details.from), clock(details.until));
      case 'attendance_time_in_future':
        return t.inFuture(clock(details.now));
      case 'attendance_unknown_person':
        return context.self ? t.notOnList : t.unknownPerson(name);
      case 'meeting_cancelled':
        return t.cancelled;
      case 'not_found':
        return t.meetingGone;
      case 'quorum_lack_already_established':
        return t.lackAlready;
      default:
        return err.message;
    }
  })();
  return presentNotice(text, t.errorTitle);
}
