import { ChatDeliveryError } from '../../../bot/chat/port';
import { FakeDelivery } from './fake-delivery';

/**
 * A platform that allows one write per channel every `channelIntervalMs` (as Slack: about one per
 * second) and answers a faster one with a rate limit; it declares its interval, as SlackDelivery
 * does.
 */
export class PacedDelivery extends FakeDelivery {
  rateLimited = 0;
  private readonly lastAccepted = new Map<string, number>();

  constructor(readonly channelIntervalMs: number) {
    super('slack');
  }

  protected override beforeSend(channelId: string): void {
    super.beforeSend(channelId);
    const now = performance.now();
    const last = this.lastAccepted.get(channelId);
    if (last !== undefined && now - last < this.channelIntervalMs) {
      this.rateLimited++;
      throw new ChatDeliveryError('rate_limited', 'too fast', 1);
    }
    this.lastAccepted.set(channelId, now);
  }
}
