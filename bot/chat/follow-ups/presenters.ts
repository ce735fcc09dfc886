import type { FollowUpMessages } from '../../../server/domain/follow-ups/messages';
import type { CommitteeInfo, TrackedFollowUp } from '../../../server/domain/follow-ups/tracking';
import { isOverdueAt } from '../../../server/domain/follow-ups/view';
import { formatDate } from '../format';
import type { ChatButton, ChatFact, Locale } from '../message';
import {
  APPROVE_DUE_DATE_ACTION,
  CLOSE_ACTION,
  REJECT_DUE_DATE_ACTION,
  REQUEST_DUE_DATE_ACTION,
} from './ids';
import { ft } from './texts';

const kindOf = (f: TrackedFollowUp, locale: Locale) => ft(locale, `kind.${f.kind}`);
const dueOf = (f: TrackedFollowUp, locale: Locale) => (f.dueDate ? formatDate(f.dueDate, locale) : '–');

function originText(f: TrackedFollowUp, locale: Locale): string | undefined {
  const { meetingName, meetingStart, itemNumber } = f.origin;
  if (!meetingName || !meetingStart) return undefined;
  const date = formatDate(meetingStart, locale);
  return itemNumber
    ? ft(locale, 'origin.item', { meeting: meetingName, date, number: itemNumber })
    : ft(locale, 'origin.meeting', { meeting: meetingName, date });
}

export function baseFacts(f: TrackedFollowUp, locale: Locale): ChatFact[] {
  const facts: ChatFact[] = [
    { label: ft(locale, 'fact.committee'), value: f.committeeShortName },
    { label: ft(locale, 'fact.kind'), value: kindOf(f, locale) },
    { label: ft(locale, 'fact.owner'), value: f.ownerName },
    { label: ft(locale, 'fact.dueDate'), value: dueOf(f, locale) },
  ];
  const origin = originText(f, locale);
  if (origin) facts.push({ label: ft(locale, 'fact.origin'), value: origin });
  return facts;
}

function whenText(daysLeft: number, locale: Locale): string {
  if (daysLeft <= 0) return ft(locale, 'when.today');
  if (daysLeft === 1) return ft(locale, 'when.tomorrow');
  return ft(locale, 'when.days', { days: daysLeft });
}

function weekLabel(week: string, locale: Locale): string {
  const [year = '', number = ''] = week.split('-W');
  return ft(locale, 'digest.week', { week: Number(number), year });
}

function digestLine(f: TrackedFollowUp, now: Date, locale: Locale, withOwner: boolean): string {
  const base = f.dueDate
    ? ft(locale, 'digest.line', { kind: kindOf(f, locale), title: f.title, date: dueOf(f, locale) })
    : ft(locale, 'digest.lineNoDate', { kind: kindOf(f, locale), title: f.title });
  return [
    base,
    withOwner ? ft(locale, 'digest.owner', { owner: f.ownerName }) : '',
    isOverdueAt(f, now) ? ft(locale, 'digest.overdue') : '',
    withOwner && f.confidential ? ft(locale, 'digest.confidential') : '',
  ].join('');
}

export function itemButtons(f: TrackedFollowUp, locale: Locale): ChatButton[] {
  const value = { followUpId: f.id };
  return [
    { actionId: CLOSE_ACTION, label: ft(locale, 'button.close'), value, style: 'primary' },
    { actionId: REQUEST_DUE_DATE_ACTION, label: ft(locale, 'button.requestDueDate'), value },
  ];
}

/** The neutral chat messages of follow-ups (German first, English second). */
export const followUpMessages: FollowUpMessages = {
  reminder(f, daysLeft, locale) {
    const date = dueOf(f, locale);
    const text = ft(locale, 'reminder.text', {
      title: f.title,
      committee: f.committeeShortName,
      when: whenText(daysLeft, locale),
    });
    return {
      title: ft(locale, 'reminder.title', { kind: kindOf(f, locale), date }),
      text: f.description ? `${text}\n${f.description}` : text,
      facts: baseFacts(f, locale),
      buttons: itemButtons(f, locale),
      context: ft(locale, 'reminder.context'),
      fallbackText: ft(locale, 'reminder.fallback', { title: f.title, date }),
    };
  },

  escalation(f, daysOverdue, locale) {
    const date = dueOf(f, locale);
    const lines = [ft(locale, 'escalation.text', { title: f.title, date, days: Math.max(daysOverdue, 1) })];
    if (f.dueDateRequest)
      lines.push(ft(locale, 'escalation.pending', { date: formatDate(f.dueDateRequest.dueDate, locale) }));
    return {
      title: ft(locale, 'escalation.title', { kind: kindOf(f, locale), committee: f.committeeShortName }),
      text: lines.join('\n'),
      facts: baseFacts(f, locale),
      fallbackText: ft(locale, 'escalation.fallback', {
        title: f.title,
        committee: f.committeeShortName,
        date,
      }),
    };
  },

  ownerDigest(items, week, now, locale) {
    const label = weekLabel(week, locale);
    const counts = { count: items.length, overdue: items.filter((f) => isOverdueAt(f, now)).length };
    const committees = [...new Set(items.map((f) => f.committeeShortName))];
    return {
      title: ft(locale, 'ownerDigest.title', { week: label }),
      text: ft(locale, 'ownerDigest.text', counts),
      sections: committees.map((committee) => ({
        heading: committee,
        lines: items
          .filter((f) => f.committeeShortName === committee)
          .map((f) => digestLine(f, now, locale, false)),
      })),
      fallbackText: ft(locale, 'ownerDigest.fallback', { week: label, ...counts }),
    };
  },

  committeeDigest(committee: CommitteeInfo, items, week, now, locale) {
    const label = weekLabel(week, locale);
    const counts = { count: items.length, overdue: items.filter((f) => isOverdueAt(f, now)).length };
    return {
      title: ft(locale, 'committeeDigest.title', { committee: committee.shortName, week: label }),
      text: ft(locale, 'committeeDigest.text', counts),
      sections: [{ lines: items.map((f) => digestLine(f, now, locale, true)) }],
      fallbackText: ft(locale, 'committeeDigest.fallback', {
        committee: committee.shortName,
        week: label,
        ...counts,
      }),
    };
  },

  closed(f, locale) {
    const facts = baseFacts(f, locale);
    if (f.completedAt)
      facts.push({ label: ft(locale, 'fact.completedAt'), value: formatDate(f.completedAt, locale) });
    if (f.completedByName) facts.push({ label: ft(locale, 'fact.completedBy'), value: f.completedByName });
    return {
      title: ft(locale, 'closed.title', { kind: kindOf(f, locale), title: f.title }),
      text: f.completionNote ?? '',
      facts,
      fallbackText: ft(locale, 'closed.fallback', {
        title: f.title,
        committee: f.committeeShortName,
        note: f.completionNote ?? '',
      }),
    };
  },

  dueDateRequested(f, locale) {
    const request = f.dueDateRequest;
    const date = request ? formatDate(request.dueDate, locale) : '–';
    const facts = baseFacts(f, locale);
    if (request) {
      facts.push({ label: ft(locale, 'fact.requested'), value: date });
      facts.push({ label: ft(locale, 'fact.reason'), value: request.reason });
    }
    const value = { followUpId: f.id };
    return {
      title: ft(locale, 'requested.title', { title: f.title }),
      text: ft(locale, 'requested.text', {
        name: request?.requestedByName ?? f.ownerName,
        kind: kindOf(f, locale),
        committee: f.committeeShortName,
        date,
      }),
      facts,
      buttons: [
        { actionId: APPROVE_DUE_DATE_ACTION, label: ft(locale, 'button.approve'), value, style: 'primary' },
        { actionId: REJECT_DUE_DATE_ACTION, label: ft(locale, 'button.reject'), value, style: 'danger' },
      ],
      fallbackText: ft(locale, 'requested.fallback', { title: f.title, date }),
    };
  },

  dueDateDecided(f, decision, locale) {
    const key = decision.approved ? 'approved' : 'rejected';
    const text = ft(locale, `${key}.text`, { title: f.title, date: dueOf(f, locale) });
    return {
      title: ft(locale, `${key}.title`),
      text,
      facts: baseFacts(f, locale),
      fallbackText: `${ft(locale, `${key}.title`)}: ${text}`,
    };
  },
};
