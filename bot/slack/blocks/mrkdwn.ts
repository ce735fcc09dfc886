/** Escapes Slack's control characters and turns the neutral `**bold**` into mrkdwn `*bold*`. */
export function toMrkdwn(text: string): string {
  return escape(text).replace(/\*\*(.+?)\*\*/g, '*$1*');
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text without the bold markers (headers, fallback text, button labels). */
export function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}

/** Slack limits: section text 3000, header 150, button label 75 characters. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
