export interface AckFirstOptions {
  /** At most this many pieces of work run at a time. */
  limit?: number;
  /** Work starts only after no request arrived for this long. */
  quietMs?: number;
  /** Work that waited this long starts anyway, so a steady stream of requests cannot starve it. */
  maxDelayMs?: number;
}

/**
 * Runs the work that follows an acknowledgement behind the acknowledgements themselves. While a
 * request is being received or verified, and until no request arrived for `quietMs`, waiting work
 * does not start: requests still in the kernel's queue are invisible to the process, and a
 * process that only acknowledges takes them in well within `quietMs`. So under a burst every ack
 * goes out first and the answers follow.
 */
export class AckFirstQueue {
  private readonly limit: number;
  private readonly quietMs: number;
  private readonly maxDelayMs: number;
  private unanswered = 0;
  private lastArrival = -Infinity;
  private running = 0;
  private readonly waiting: { work: () => Promise<void>; since: number }[] = [];
  private pumpScheduled = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly onError: (err: unknown) => void,
    options: AckFirstOptions = {},
  ) {
    this.limit = options.limit ?? 16;
    this.quietMs = options.quietMs ?? 5;
    this.maxDelayMs = options.maxDelayMs ?? 1_000;
  }

  /** A request arrived; call the returned function once it is answered or handed on (idempotent). */
  arrived(): () => void {
    this.unanswered++;
    this.lastArrival = performance.now();
    let answered = false;
    return () => {
      if (answered) return;
      answered = true;
      this.unanswered--;
      this.schedule();
    };
  }

  /** Queues work to run once no acknowledgement is pending. */
  run(work: () => Promise<void>): void {
    this.waiting.push({ work, since: performance.now() });
    this.schedule();
  }

  /** After the current I/O round, so that requests arriving with it are counted first. */
  private schedule(): void {
    if (this.pumpScheduled || this.waiting.length === 0) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    clearTimeout(this.timer);
    while (this.running < this.limit) {
      const next = this.waiting[0];
      if (!next) return;
      const waitMs = this.waitBeforeStarting(next.since);
      if (waitMs > 0) {
        this.timer = setTimeout(() => this.pump(), waitMs);
        return;
      }
      this.waiting.shift();
      this.running++;
      void next
        .work()
        .catch(this.onError)
        .finally(() => {
          this.running--;
          this.schedule();
        });
    }
  }

  /** 0 when work queued at `since` may start now. */
  private waitBeforeStarting(since: number): number {
    const now = performance.now();
    const untilDeadline = since + this.maxDelayMs - now;
    if (untilDeadline <= 0) return 0;
    // An answer re-schedules; the timer only covers the deadline.
    if (this.unanswered > 0) return untilDeadline;
    return Math.max(0, Math.min(this.lastArrival + this.quietMs - now, untilDeadline));
  }
}
