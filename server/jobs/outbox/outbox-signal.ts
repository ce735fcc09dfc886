/**
 * Tells the dispatchers of this process that messages were enqueued, so they claim them at once
 * instead of at their next poll. Other instances find them by polling.
 */
const listeners = new Set<() => void>();

export function onOutboxEnqueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function outboxEnqueued(): void {
  for (const listener of listeners) listener();
}
