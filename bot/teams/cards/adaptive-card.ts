/** The slice of the Adaptive Cards 1.5 schema our renderers produce. */
export type CardElement = { type: string } & Record<string, unknown>;

export interface CardAction {
  type: 'Action.Execute' | 'Action.Submit';
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
  style?: 'positive' | 'destructive';
  fallback?: CardAction;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function adaptiveCard(
  fallbackText: string,
  body: CardElement[],
  actions: CardAction[] = [],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
