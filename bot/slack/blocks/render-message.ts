import type { KnownBlock } from '@slack/types';
import type { ChatMessage } from '../../chat/message';
import { clip, plain, toMrkdwn } from './mrkdwn';

export interface SlackMessagePayload {
  text: string;
  blocks: KnownBlock[];
}

const SECTION_MAX = 3000;
const MAX_BLOCKS = 50;

/** ChatMessage to Block Kit: header, text, fields, one section per ChatSection, buttons, context. */
export function renderMessage(message: ChatMessage): SlackMessagePayload {
  const blocks: KnownBlock[] = [];
  if (message.title)
    blocks.push({ type: 'header', text: { type: 'plain_text', text: clip(plain(message.title), 150) } });
  if (message.text)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(toMrkdwn(message.text), SECTION_MAX) },
    });
  if (message.facts?.length) {
    blocks.push({
      type: 'section',
      fields: message.facts.slice(0, 10).map((fact) => ({
        type: 'mrkdwn' as const,
        text: clip(`*${toMrkdwn(fact.label)}*\n${toMrkdwn(fact.value)}`, 2000),
      })),
    });
  }
  for (const section of message.sections ?? []) {
    const heading = section.heading ? `*${toMrkdwn(section.heading)}*\n` : '';
    for (const chunk of chunkLines(section.lines.map(toMrkdwn), SECTION_MAX - heading.length)) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${heading}${chunk}` } });
    }
  }
  if (message.buttons?.length) {
    blocks.push({
      type: 'actions',
      elements: message.buttons.slice(0, 25).map((button, index) => ({
        type: 'button' as const,
        // Slack wants action ids unique within a block; the suffix is stripped again on the way in.
        action_id: `${button.actionId}${ACTION_SUFFIX}${index}`,
        text: { type: 'plain_text' as const, text: clip(plain(button.label), 75) },
        value: JSON.stringify(button.value),
        ...(button.style ? { style: button.style } : {}),
      })),
    });
  }
  if (message.context)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: clip(toMrkdwn(message.context), SECTION_MAX) }],
    });
  return { text: plain(message.fallbackText), blocks: blocks.slice(0, MAX_BLOCKS) };
}

/** Separates the neutral action id from the button's position in `action_id`. */
export const ACTION_SUFFIX = '#';

/** The neutral action id of a Slack `action_id` rendered above. */
export function neutralActionId(actionId: string): string {
  const cut = actionId.lastIndexOf(ACTION_SUFFIX);
  return cut < 0 ? actionId : actionId.slice(0, cut);
}

/** Matches the Slack `action_id`s of buttons with this neutral action id. */
export function buttonActionPattern(actionId: string): RegExp {
  return new RegExp(`^${actionId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(${ACTION_SUFFIX}\\d+)?$`);
}

/** Long agendas are split over several sections at line boundaries. */
function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length > max && current) {
      chunks.push(current);
      current = clip(line, max);
    } else current = clip(next, max);
  }
  if (current) chunks.push(current);
  return chunks;
}
