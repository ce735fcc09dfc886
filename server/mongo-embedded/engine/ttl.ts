import { collectPathValues, numericValue } from '../bson-values';
import { encodeKey, typeBracket } from './key-encoding';
import type { Engine } from './engine';

/**
 * Removes documents whose TTL-indexed date is older than `expireAfterSeconds`. The removal is an
 * ordinary write: one journal batch per sweep.
 */
export function sweepExpired(engine: Engine, now = new Date()): Promise<void> {
  const scope = engine.liveScope();
  for (const collections of engine.catalog.dbs.values()) {
    for (const collection of collections.values()) {
      for (const index of collection.indexes.values()) {
        const seconds = numericValue(index.spec.expireAfterSeconds);
        if (seconds === undefined || index.fields.length !== 1) continue;
        const cutoff = new Date(now.getTime() - seconds * 1000);
        const [path] = index.fields[0]!;
        const candidates = new Set(index.scan(typeBracket(cutoff).low, encodeKey(cutoff)).map((e) => e.id));
        for (const id of candidates) {
          const doc = collection.get(id);
          const dates = doc
            ? collectPathValues(doc, path)
                .flat()
                .filter((v): v is Date => v instanceof Date)
            : [];
          if (dates.length && Math.min(...dates.map((d) => d.getTime())) < cutoff.getTime())
            scope.remove(collection, id);
        }
      }
    }
  }
  engine.sessions.abortExpired(now.getTime());
  engine.cursors.closeIdle(now.getTime());
  return scope.finish();
}
