import type { ChatButton, ChatMessage, ChatSection } from '../../chat/message';
import { adaptiveCard, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card';
import { submitDataForButton } from './card-data';

/** A neutral chat message as an Adaptive Card 1.5. Pure. */
export function renderMessageCard(message: ChatMessage): AdaptiveCard {
  const body: CardElement[] = [];
  if (message.title) body.push(heading(message.title));
  if (message.text) body.push(textBlock(message.text));
  if (message.facts?.length) {
    body.push({
      type: 'FactSet',
      facts: message.facts.map((fact) => ({ title: fact.label, value: fact.value })),
    });
  }
  for (const section of message.sections ?? []) body.push(...sectionBlocks(section));
  if (message.context) body.push({ ...textBlock(message.context), isSubtle: true, size: 'Small' });
  if (body.length === 0) body.push(textBlock(message.fallbackText));
  return adaptiveCard(message.fallbackText, body, (message.buttons ?? []).map(buttonAction));
}

export function buttonAction(button: ChatButton): CardAction {
  const style: CardAction['style'] =
    button.style === 'primary' ? 'positive' : button.style === 'danger' ? 'destructive' : undefined;
  const styled: Pick<CardAction, 'style'> = style ? { style } : {};
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: button.actionId,
    data: { ...button.value },
    ...styled,
    // Clients without Universal Actions (older Teams, some mobile versions) send a message instead.
    fallback: {
      type: 'Action.Submit',
      title: button.label,
      data: submitDataForButton(button.actionId, button.value),
      ...styled,
    },
  };
}

function sectionBlocks(section: ChatSection): CardElement[] {
  const blocks: CardElement[] = [];
  if (section.heading) blocks.push({ ...textBlock(section.heading), weight: 'Bolder', spacing: 'Medium' });
  section.lines.forEach((line, index) =>
    blocks.push({ ...textBlock(line), spacing: index === 0 && !section.heading ? 'Medium' : 'Small' }),
  );
  return blocks;
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, wrap: true, size: 'Medium', weight: 'Bolder', style: 'heading' };
}

/** Adaptive Cards render `**bold**` in TextBlocks, which is the only markup ChatMessage uses. */
export function textBlock(text: string): CardElement {
  return { type: 'TextBlock', text, wrap: true };
}
