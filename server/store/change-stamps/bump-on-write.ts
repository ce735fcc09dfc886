import type { ClientSession, Query, Schema } from 'mongoose';
import type { StampName } from './change-stamp-model';
import { bumpStamp, currentTransaction } from './stamps';

const QUERY_WRITES = [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'replaceOne',
  'findOneAndReplace',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
] as const;

export interface BumpOnWriteOptions {
  stamp: StampName;
  /**
   * The top-level fields the snapshot holds. An update that sets none of them (nor upserts) leaves
   * the stamp alone; without this list every write bumps it.
   */
  watchedFields?: readonly string[];
}

/**
 * Mongoose plugin: every write through the model (save/create, insertMany, bulkWrite and the query
 * writes) bumps the stamp after it, also when it failed (it may have written part of a batch).
 * Inside a transaction the bump is part of it, and a failed write aborts it, so nothing to bump.
 * Writes through `Model.collection` bypass mongoose and must call `bumpStamp` themselves.
 */
export function bumpsStampOnWrite(schema: Schema, { stamp, watchedFields }: BumpOnWriteOptions): void {
  const watched = watchedFields ? new Set(watchedFields) : undefined;
  const queryBump = (onError: boolean) =>
    async function (this: Query<unknown, unknown>) {
      const session = this.getOptions().session as ClientSession | undefined;
      if (onError && insideTransaction(session)) return;
      if (watched && !touchesWatched(this, watched)) return;
      await bumpStamp(stamp, session);
    };
  const documentBump = (onError: boolean) =>
    async function (this: { $session(): ClientSession | null }) {
      const session = this.$session();
      if (onError && insideTransaction(session)) return;
      await bumpStamp(stamp, session);
    };
  const modelBump = (onError: boolean) => async () => {
    if (onError && insideTransaction(undefined)) return;
    await bumpStamp(stamp, undefined);
  };

  for (const op of QUERY_WRITES) {
    schema.post(op, { document: false, query: true }, queryBump(false));
    schema.post(op, { document: false, query: true, errorHandler: true }, queryBump(true));
  }
  schema.post('deleteOne', { document: true, query: false }, documentBump(false));
  schema.post('save', documentBump(false));
  schema.post('save', { errorHandler: true }, documentBump(true));
  schema.post('insertMany', modelBump(false));
  schema.post('insertMany', { errorHandler: true }, modelBump(true));
  schema.post('bulkWrite', modelBump(false));
  schema.post('bulkWrite', { errorHandler: true }, modelBump(true));
}

const insideTransaction = (session: ClientSession | null | undefined) =>
  Boolean(session?.inTransaction() || currentTransaction());

/** Whether a query write may change a watched field: replacements, deletions and upserts always may. */
function touchesWatched(query: Query<unknown, unknown>, watched: ReadonlySet<string>): boolean {
  const op = (query as unknown as { op?: string }).op ?? '';
  if (!['updateOne', 'updateMany', 'findOneAndUpdate'].includes(op)) return true;
  if (query.getOptions().upsert) return true;
  const update = query.getUpdate() as unknown;
  if (Array.isArray(update)) return true; // an aggregation pipeline may write any field
  for (const [key, value] of Object.entries(update ?? {})) {
    const paths = key.startsWith('$') ? Object.keys((value ?? {}) as object) : [key];
    if (paths.some((path) => watched.has(path.split('.')[0]!))) return true;
  }
  return false;
}
