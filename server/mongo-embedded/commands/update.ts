import type { Document } from 'bson';
import { identical, isPlainObject } from '../bson-values';
import type { Collection } from '../engine/collection';
import { encodeKey } from '../engine/key-encoding';
import { Codes, MongoError } from '../errors';
import { matchDocuments } from '../query/find-exec';
import { applyUpdate, isOperatorUpdate, validateUpdate, type UpdateSpec } from '../query/update';
import { seedFromFilter } from '../query/upsert-seed';
import { collectionName, optionalDocument, rejectCollation, type CommandContext } from './context';
import { insertDocument, prepareDocument, requireArray, writeError, writeReply } from './write-support';

export interface UpdateStatement {
  filter: Document;
  update: UpdateSpec;
  multi: boolean;
  upsert: boolean;
  arrayFilters?: Document[];
  sort?: Document;
  variables?: Document;
}

export interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
  /** The last document before and after the change (for findAndModify). */
  before?: Document;
  after?: Document;
}

/** Applies one update statement through the scope; throws on the first failing document. */
export function executeUpdate(ctx: CommandContext, name: string, statement: UpdateStatement): UpdateOutcome {
  validateUpdate(statement.update);
  if (statement.multi && !isOperatorUpdate(statement.update) && !Array.isArray(statement.update)) {
    throw new MongoError(Codes.FailedToParse, 'multi update is not supported for replacement-style update');
  }
  const collection = ctx.scope.collection(ctx.db, name);
  const { docs } = matchDocuments(collection, {
    filter: statement.filter,
    sort: statement.sort,
    limit: statement.multi ? undefined : 1,
    variables: statement.variables,
  });
  if (docs.length === 0) return statement.upsert ? upsert(ctx, name, statement) : { matched: 0, modified: 0 };
  const outcome: UpdateOutcome = { matched: docs.length, modified: 0 };
  for (const doc of docs) {
    const updated = applyUpdate(doc, statement.update, {
      filter: statement.filter,
      arrayFilters: statement.arrayFilters,
      variables: statement.variables,
    });
    outcome.before = doc;
    outcome.after = updated;
    if (identical(doc, updated)) continue;
    ctx.scope.put(collection as Collection, prepareDocument(updated));
    outcome.modified++;
  }
  return outcome;
}

function upsert(ctx: CommandContext, name: string, statement: UpdateStatement): UpdateOutcome {
  const seed = seedFromFilter(statement.filter);
  const base =
    isOperatorUpdate(statement.update) || Array.isArray(statement.update) ? seed : { _id: seed._id };
  if (base._id === undefined) delete base._id;
  const created = prepareDocument(
    applyUpdate(base, statement.update, {
      filter: statement.filter,
      arrayFilters: statement.arrayFilters,
      inserting: true,
      variables: statement.variables,
    }),
  );
  const collection = ctx.scope.ensureCollection(ctx.db, name);
  insertDocument(ctx.scope, collection, created);
  return { matched: 0, modified: 0, upsertedId: created._id, after: collection.get(encodeKey(created._id)) };
}

export function update(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const statements = requireArray(ctx.cmd.updates, 'update.updates');
  const ordered = ctx.cmd.ordered !== false;
  const variables = optionalDocument(ctx.cmd, 'let');
  const writeErrors: Document[] = [];
  const upserted: Document[] = [];
  let n = 0;
  let nModified = 0;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    try {
      if (!isPlainObject(s)) throw new MongoError(Codes.TypeMismatch, 'update statement must be an object');
      rejectCollation(s);
      const outcome = executeUpdate(ctx, name, {
        filter: (s.q as Document | undefined) ?? {},
        update: s.u as UpdateSpec,
        multi: s.multi === true,
        upsert: s.upsert === true,
        arrayFilters: s.arrayFilters as Document[] | undefined,
        variables: (s.c as Document | undefined) ?? variables,
      });
      if (outcome.upsertedId !== undefined) {
        upserted.push({ index: i, _id: outcome.upsertedId });
        n++;
      } else {
        n += outcome.matched;
        nModified += outcome.modified;
      }
    } catch (err) {
      writeErrors.push(writeError(err, i));
      if (ordered) break;
    }
  }
  return writeReply(n, writeErrors, { nModified, ...(upserted.length ? { upserted } : {}) });
}
