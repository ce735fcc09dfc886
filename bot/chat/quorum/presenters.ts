import type { QuorumCard, QuorumCardRenderer } from '../../../server/domain/attendance/presence/ports';
import { berlinClock, explainVerdict, summarize } from '../../../server/domain/quorum/explain';
import type { QuorumResult } from '../../../server/domain/quorum/types';
import type { ChatMessage, ChatSection, Locale } from '../message';
import { QUORUM_CHAT_TEXTS } from './texts';

export const CHECK_IN_ACTION = 'quorum.checkin';

/** Who counts and why, who does not and why; administration and guests only as numbers. */
export function verdictSections(result: QuorumResult, locale: Locale): ChatSection[] {
  const t = QUORUM_CHAT_TEXTS[locale];
  const names = new Map(result.people.map((p) => [p.personId, p.name]));
  const name = (id: string) => names.get(id) ?? id;
  const line = (p: QuorumResult['people'][number]) => `**${p.name}**: ${explainVerdict(p, name, locale)}`;
  const counting = result.people.filter((p) => p.counts);
  const seated = result.people.filter(
    (p) => !p.counts && p.reason.code !== 'administration' && p.reason.code !== 'guest',
  );
  const administration = result.people.filter((p) => p.reason.code === 'administration').length;
  const guests = result.people.filter((p) => p.reason.code === 'guest').length;
  return [
    { heading: t.counting(counting.length), lines: counting.map(line) },
    ...(seated.length > 0 ? [{ heading: t.notCounting, lines: seated.map(line) }] : []),
    ...(administration + guests > 0 ? [{ lines: [t.others(administration, guests)] }] : []),
  ];
}

export function presentQuorumCard(card: QuorumCard, locale: Locale): ChatMessage {
  const t = QUORUM_CHAT_TEXTS[locale];
  // The summary itself says when a second convocation makes the meeting quorate regardless.
  const summary = summarize(card.result, locale);
  const befangen: ChatSection[] =
    card.befangen.length > 0
      ? [
          {
            heading: t.befangenHeading,
            lines: card.befangen.map((b) => t.befangenLine(b.name, b.itemNumber)),
          },
        ]
      : [];
  return {
    title: t.cardTitle(card.meeting.name),
    text: `**${summary}**`,
    sections: [...verdictSections(card.result, locale), ...befangen],
    buttons: [
      {
        actionId: CHECK_IN_ACTION,
        label: t.checkIn,
        value: { meetingId: card.meeting.id },
        style: 'primary',
      },
    ],
    context: t.asOf(berlinClock(card.at)),
    fallbackText: `${t.cardTitle(card.meeting.name)}: ${summary}`,
  };
}

export function presentQuorumChange(
  change: {
    at: Date;
    countedQuorate: boolean;
    present: number;
    needed: number;
    secondConvocation: boolean;
    seats: number;
  },
  locale: Locale,
): ChatMessage {
  const t = QUORUM_CHAT_TEXTS[locale];
  const time = berlinClock(change.at);
  const text = change.countedQuorate
    ? t.regained(time, change.present, change.seats, change.needed)
    : change.secondConvocation
      ? t.lostSecondConvocation(time, change.present, change.seats, change.needed)
      : t.lost(time, change.present, change.seats, change.needed);
  return { text, fallbackText: text };
}

/** The answer to `quorum [TOP 5]`. */
export function presentQuorumResult(
  input: {
    meetingName: string;
    itemNumber?: string;
    result: QuorumResult;
    at: Date;
  },
  locale: Locale,
): ChatMessage {
  const t = QUORUM_CHAT_TEXTS[locale];
  const summary = summarize(input.result, locale);
  const title = t.quorumTitle(input.meetingName, input.itemNumber);
  return {
    title,
    text: `**${summary}**`,
    sections: verdictSections(input.result, locale),
    context: t.asOf(berlinClock(input.at)),
    fallbackText: `${title}: ${summary}`,
  };
}

export const chatQuorumCards: QuorumCardRenderer = {
  card: presentQuorumCard,
  change: presentQuorumChange,
};
