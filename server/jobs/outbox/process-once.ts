import { ProcessedEventModel } from '../../store/models/processed-event';

const KEEP_MS = 7 * 24 * 3_600_000;

/**
 * Runs `fn` at most once per key across all instances (Slack `event_id` retries, Teams
 * `activity.id` redeliveries, double clicks). The key is claimed first through a unique index;
 * if `fn` fails the claim is released so a redelivery may try again.
 */
export async function processOnce<T>(
  key: string,
  fn: () => Promise<T>,
  now: Date = new Date(),
): Promise<{ done: true; result: T } | { done: false }> {
  try {
    await ProcessedEventModel.create({ key, at: now, expiresAt: new Date(now.getTime() + KEEP_MS) });
  } catch (err) {
    if (isDuplicateKey(err)) return { done: false };
    throw err;
  }
  try {
    return { done: true, result: await fn() };
  } catch (err) {
    await ProcessedEventModel.deleteOne({ key });
    throw err;
  }
}

export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}
