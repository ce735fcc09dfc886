/**
 * Collects the writes requested in one turn of the event loop and performs them together (one
 * database round trip instead of one each); every caller's promise settles with its batch.
 */
export function batchedWrites<T>(write: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  let waiting: { item: T; resolve: () => void; reject: (err: unknown) => void }[] | undefined;
  const flush = async () => {
    const batch = waiting ?? [];
    waiting = undefined;
    try {
      await write(batch.map(({ item }) => item));
      for (const { resolve } of batch) resolve();
    } catch (err) {
      for (const { reject } of batch) reject(err);
    }
  };
  return (item) =>
    new Promise((resolve, reject) => {
      if (!waiting) {
        waiting = [];
        setImmediate(() => void flush());
      }
      waiting.push({ item, resolve, reject });
    });
}
