import type { Turn } from './deps';
import type { ActionOutcome, FormOutcome } from './inbound';
import type { ChatMessage, Locale } from './message';

/**
 * A workflow's part of the conversation (attendance, Anfragen, follow-ups): its command verbs,
 * button actions and forms. The Conversation routes to it only after the user is identified
 * (`turn.principal` is set) and turns refused domain rules into replies.
 */
export interface ChatFeature {
  /** Lower-case first words (German and English) this feature answers, e.g. `anwesend`, `present`. */
  verbs?: readonly string[];
  /** `verb` is the lower-cased first word; `rest` the text after it, trimmed. */
  command?(turn: Turn, verb: string, rest: string): Promise<ChatMessage[]>;
  /** Button handlers by action id (ids are prefixed by the feature, e.g. `attendance.respond`). */
  actions?: Readonly<Record<string, (turn: Turn, value: Record<string, string>) => Promise<ActionOutcome>>>;
  /** Form submit handlers by form id. */
  forms?: Readonly<
    Record<
      string,
      (turn: Turn, values: Record<string, string>, state: Record<string, string>) => Promise<FormOutcome>
    >
  >;
  /** Lines added to the help message, `**befehl**: was er tut`. */
  helpLines?(locale: Locale): string[];
}
