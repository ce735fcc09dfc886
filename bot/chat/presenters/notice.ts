import type { ChatMessage } from '../message';

/** A one-paragraph answer (confirmations, refusals, explanations). */
export function presentNotice(text: string, title?: string): ChatMessage {
  return { title, text, fallbackText: title ? `${title}: ${text}` : text.replace(/\*\*/g, '') };
}
