/**
 * Work that follows an acknowledgement runs at most `limit` at a time, after the current
 * requests had their turn: under a burst the acks go out first and the answers follow.
 */
export function afterAckQueue(limit: number): (work: () => Promise<void>) => Promise<void> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    await new Promise((resolve) => setImmediate(resolve));
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
