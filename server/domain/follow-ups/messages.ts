import type { ChatMessage, Locale } from '../../../bot/chat/message';
import type { CommitteeInfo, TrackedFollowUp } from './tracking';

// As with announcements, the domain only passes neutral chat messages from this port to the outbox.

/** What the bot says about follow-ups; implemented by the presenters in `bot/chat/follow-ups`. */
export interface FollowUpMessages {
  /** To the owner before the due date, with the buttons "Erledigt" and "Neue Frist beantragen". */
  reminder(followUp: TrackedFollowUp, daysLeft: number, locale: Locale): ChatMessage;
  /** To the office head: the item is overdue. */
  escalation(followUp: TrackedFollowUp, daysOverdue: number, locale: Locale): ChatMessage;
  /** Monday's list for one owner. */
  ownerDigest(items: TrackedFollowUp[], week: string, now: Date, locale: Locale): ChatMessage;
  /** Monday's list of a committee's open items, for its confidential channels. */
  committeeDigest(
    committee: CommitteeInfo,
    items: TrackedFollowUp[],
    week: string,
    now: Date,
    locale: Locale,
  ): ChatMessage;
  /** The item was closed, with its completion note (channels and office). */
  closed(followUp: TrackedFollowUp, locale: Locale): ChatMessage;
  /** To the office: an owner asks for a new due date. */
  dueDateRequested(followUp: TrackedFollowUp, locale: Locale): ChatMessage;
  /** To the owner: the office approved or rejected the request. */
  dueDateDecided(
    followUp: TrackedFollowUp,
    decision: { approved: boolean; requested: Date },
    locale: Locale,
  ): ChatMessage;
}
