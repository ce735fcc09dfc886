import type { Document } from 'bson';
import { isPlainObject, numericValue } from '../bson-values';
import { encodeKey } from '../engine/key-encoding';
import { Codes, MongoError } from '../errors';
import { matchDocuments } from '../query/find-exec';
import { collectionName, optionalDocument, rejectCollation, type CommandContext } from './context';
import { requireArray, writeError, writeReply } from './write-support';

/** Removes the documents matching `filter` (at most one when `single`); returns those removed. */
export function executeDelete(
  ctx: CommandContext,
  name: string,
  filter: Document,
  options: { single: boolean; sort?: Document; variables?: Document },
): Document[] {
  const collection = ctx.scope.collection(ctx.db, name);
  const { docs } = matchDocuments(collection, {
    filter,
    sort: options.sort,
    limit: options.single ? 1 : undefined,
    variables: options.variables,
  });
  for (const doc of docs) ctx.scope.remove(collection!, encodeKey(doc._id));
  return docs;
}

export function deleteCommand(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const statements = requireArray(ctx.cmd.deletes, 'delete.deletes');
  const ordered = ctx.cmd.ordered !== false;
  const variables = optionalDocument(ctx.cmd, 'let');
  const writeErrors: Document[] = [];
  let n = 0;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    try {
      if (!isPlainObject(s) || !isPlainObject(s.q))
        throw new MongoError(Codes.TypeMismatch, "delete statement needs a 'q' object");
      rejectCollation(s);
      const limit = numericValue(s.limit) ?? 0;
      if (limit !== 0 && limit !== 1)
        throw new MongoError(Codes.FailedToParse, 'The limit field in delete objects must be 0 or 1.');
      n += executeDelete(ctx, name, s.q, { single: limit === 1, variables }).length;
    } catch (err) {
      writeErrors.push(writeError(err, i));
      if (ordered) break;
    }
  }
  return writeReply(n, writeErrors);
}
