const PRUNE_ABOVE = 1_024;

/**
 * When each channel may take its next message. A platform that limits writes per channel (Slack:
 * about one message per second) gets them spaced by its interval, counted from the end of the
 * previous call, which its server received before that; a rate-limit answer holds the channel for
 * exactly the Retry-After it named. Times are milliseconds of `now`.
 */
export class ChannelPacer {
  private readonly readyAt = new Map<string, number>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The earliest time the channel may be written to; 0 when it may be at once. */
  nextAt(channel: string): number {
    const at = this.readyAt.get(channel);
    if (at === undefined) return 0;
    if (at <= this.now()) {
      this.readyAt.delete(channel);
      return 0;
    }
    return at;
  }

  /** A call to the channel just ended. */
  called(channel: string, intervalMs: number): void {
    if (intervalMs > 0) this.holdUntil(channel, this.now() + intervalMs);
  }

  /** The platform refused a call to the channel for `retryAfterMs`. */
  rateLimited(channel: string, retryAfterMs: number): void {
    this.holdUntil(channel, this.now() + retryAfterMs);
  }

  private holdUntil(channel: string, at: number): void {
    this.readyAt.set(channel, Math.max(at, this.readyAt.get(channel) ?? 0));
    if (this.readyAt.size > PRUNE_ABOVE) this.prune();
  }

  /** Channels whose hold has passed need no entry. */
  private prune(): void {
    const now = this.now();
    for (const [channel, at] of this.readyAt) if (at <= now) this.readyAt.delete(channel);
  }
}
