import type { HydratedDocument, Model, Types } from 'mongoose';

/** What the demo loaders share: the clock, a count of new documents, and ids by natural key. */
export interface DemoContext {
  now: Date;
  created: number;
  ids: Map<string, Types.ObjectId>;
}

export function createDemoContext(now: Date): DemoContext {
  return { now, created: 0, ids: new Map() };
}

/** Ids are registered under keys such as `org:koeln:UA DiKO`, `person:mettmann:Weiß`, `paper:koeln:3827/2019`. */
export function idOf(ctx: DemoContext, key: string): Types.ObjectId {
  const id = ctx.ids.get(key);
  if (!id) throw new Error(`Demo data refers to ${key}, which has not been loaded yet`);
  return id;
}

/**
 * Finds the document by its natural key or creates it with the given values. Existing documents
 * are left as they are, so a load that was interrupted can simply run again.
 */
export async function ensure<T>(
  ctx: DemoContext,
  model: Model<T>,
  key: Record<string, unknown>,
  values: Record<string, unknown> = {},
  registerAs?: string,
): Promise<HydratedDocument<T>> {
  let doc = (await model.findOne(key)) as HydratedDocument<T> | null;
  if (!doc) {
    doc = (await new model({ ...key, ...values }).save()) as HydratedDocument<T>;
    ctx.created += 1;
  }
  if (registerAs) ctx.ids.set(registerAs, doc._id as Types.ObjectId);
  return doc;
}
