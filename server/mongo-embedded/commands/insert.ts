import type { Document } from 'bson';
import { collectionName, type CommandContext } from './context';
import { insertDocument, prepareDocument, requireArray, writeError, writeReply } from './write-support';

export function insert(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const docs = requireArray(ctx.cmd.documents, 'insert.documents');
  const ordered = ctx.cmd.ordered !== false;
  const collection = ctx.scope.ensureCollection(ctx.db, name);
  const writeErrors: Document[] = [];
  let n = 0;
  for (let i = 0; i < docs.length; i++) {
    try {
      insertDocument(ctx.scope, collection, prepareDocument(docs[i]));
      n++;
    } catch (err) {
      writeErrors.push(writeError(err, i));
      if (ordered) break;
    }
  }
  return writeReply(n, writeErrors);
}
