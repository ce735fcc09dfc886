import type { ChatMessage, Locale } from '../../../bot/chat/message';
import type { AgendaResult } from '../agenda/results';
import type { VoteResult } from './vote-result';

/** A vote as stored with its item; `version` counts the changes of this item's result. */
export interface StoredVote extends VoteResult {
  version: number;
  recordedAt?: Date;
}

export interface ResultChange {
  result: AgendaResult;
  /** Undefined keeps the stored text; null clears it. */
  resolutionText?: string | null;
  vote: StoredVote;
  recordedBy?: string;
}

export interface ResultStore {
  /** Structured votes of a meeting's items, by item id. */
  votesOf(meetingId: string): Promise<Map<string, StoredVote>>;
  /** Writes one item's result only if the meeting still has `meetingVersion`; false otherwise. */
  save(meetingId: string, meetingVersion: number, itemId: string, change: ResultChange): Promise<boolean>;
}

/** What a channel sees of a recorded result (only ever built for an audience allowed to see the item). */
export interface ResultAnnouncement {
  committeeShortName: string;
  meetingName: string;
  meetingStart: Date;
  itemNumber: string;
  itemName: string;
  public: boolean;
  resolutionText?: string;
  resultLines: string[];
  /** Set from the second version on: "Ergebnis korrigiert". */
  corrected: boolean;
}

/** Implemented by the chat presenters in `bot/chat/results`. */
export interface ResultRenderer {
  result(announcement: ResultAnnouncement, locale: Locale): ChatMessage;
}
