import type { Model } from 'mongoose';
import type { OpenItem } from '../../domain/open-items/ports';

type Filter = Record<string, unknown>;
type Lean = Record<string, unknown> & { _id: unknown };

export interface OpenItemsCollection {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the two models differ in their document types
  model: Model<any>;
  /** Only what an open item presents. */
  fields: Record<string, 1>;
  toOpenItem(doc: Lean): OpenItem;
}

/** Below every real date: `{ $gte: EARLIEST }` selects exactly the documents that have a due date. */
const EARLIEST = new Date(-8.64e15);

/**
 * The first `limit` items of `filter` by due date, undated ones after the dated, plus all items
 * sharing the last one's due date (their order by title is decided by the caller).
 * With `dueBefore`, only items due before it (undated ones never are).
 */
export async function openItemsInOrder(
  collection: OpenItemsCollection,
  filter: Filter,
  limit: number,
  dueBefore: Date | undefined,
): Promise<OpenItem[]> {
  const due = dueBefore ? { $gte: EARLIEST, $lt: dueBefore } : { $gte: EARLIEST };
  const find = (dueDate: unknown, take?: number) => {
    const query = collection.model
      .find({ ...filter, dueDate }, collection.fields)
      .sort({ dueDate: 1, _id: 1 });
    return (take === undefined ? query : query.limit(take)).lean<Lean[]>();
  };
  const dated = await find(due, limit);
  const last = dated.at(-1)?.dueDate;
  if (dated.length === limit && last instanceof Date) {
    const ties = await find(last);
    const seen = new Set(dated.map((doc) => String(doc._id)));
    dated.push(...ties.filter((doc) => !seen.has(String(doc._id))));
  }
  const undated = dated.length < limit && !dueBefore ? await find(null) : [];
  return [...dated, ...undated].map(collection.toOpenItem);
}
