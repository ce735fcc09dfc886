/**
 * What the bot says and asks, independent of the platform. Texts are already in the reader's
 * language (German first); each platform renders these as Block Kit or Adaptive Cards.
 */
export type Locale = 'de' | 'en';

export interface ChatFact {
  label: string;
  value: string;
}

export interface ChatSection {
  heading?: string;
  /** Plain lines; `**bold**` is the only markup. */
  lines: string[];
}

export interface ChatButton {
  /** Stable action id routed back to the conversation layer, e.g. `attendance.respond`. */
  actionId: string;
  label: string;
  /** Small payload carried by the button (ids, choice); never confidential text. */
  value: Record<string, string>;
  style?: 'primary' | 'danger';
}

export interface ChatMessage {
  title?: string;
  text?: string;
  facts?: ChatFact[];
  sections?: ChatSection[];
  buttons?: ChatButton[];
  /** Small print under the message (e.g. "Geändert am 03.03.2021, 10:15 Uhr"). */
  context?: string;
  /** Plain-text summary for notifications and screen readers. */
  fallbackText: string;
}

export type FormField =
  | {
      kind: 'text';
      id: string;
      label: string;
      required?: boolean;
      multiline?: boolean;
      maxLength?: number;
      placeholder?: string;
      initial?: string;
    }
  | {
      kind: 'select';
      id: string;
      label: string;
      required?: boolean;
      options: { value: string; label: string }[];
      initial?: string;
    }
  | { kind: 'date'; id: string; label: string; required?: boolean; initial?: string };

export interface ChatForm {
  /** Stable form id routed back on submit, e.g. `inquiry.file`. */
  formId: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
  /** Opaque state carried through the form (ids), never confidential text. */
  state?: Record<string, string>;
}

/** Validation result of a submitted form: messages per field id, shown inline. */
export type FormErrors = Record<string, string>;
