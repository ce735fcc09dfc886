import { ChatDeliveryError } from '../../../bot/chat/port';

export type DeliveryFailure =
  | { next: 'retry'; delayMs: number; countsAsAttempt: boolean }
  | { next: 'target_gone' }
  | { next: 'give_up' };

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 10 * 60_000;

/** What to do after a failed send: 429 waits as told, 5xx and network errors back off exponentially. */
export function classifyFailure(err: unknown, attempts: number): DeliveryFailure {
  if (err instanceof ChatDeliveryError) {
    switch (err.kind) {
      case 'rate_limited':
        return {
          next: 'retry',
          delayMs: Math.max(1, err.retryAfterSeconds ?? 1) * 1_000,
          countsAsAttempt: false,
        };
      case 'target_gone':
        return { next: 'target_gone' };
      case 'permanent':
        return { next: 'give_up' };
      case 'temporary':
        break;
    }
  }
  if (attempts >= MAX_ATTEMPTS) return { next: 'give_up' };
  return { next: 'retry', delayMs: backoffDelay(attempts), countsAsAttempt: true };
}

/** 1 s, 2 s, 4 s … capped at 10 minutes. */
export function backoffDelay(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}
