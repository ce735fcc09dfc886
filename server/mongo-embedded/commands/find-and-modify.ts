import type { Document } from 'bson';
import { Codes, MongoError } from '../errors';
import { compileProjection } from '../query/projection';
import type { UpdateSpec } from '../query/update';
import { collectionName, optionalDocument, rejectCollation, type CommandContext } from './context';
import { executeDelete } from './delete';
import { executeUpdate } from './update';

export function findAndModify(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const cmd = ctx.cmd;
  rejectCollation(cmd);
  const filter = optionalDocument(cmd, 'query') ?? {};
  const sort = optionalDocument(cmd, 'sort');
  const project = compileProjection(optionalDocument(cmd, 'fields'), filter);
  const variables = optionalDocument(cmd, 'let');
  const shape = (doc: Document | undefined): Document | null => (doc ? project(doc) : null);

  if (cmd.remove === true) {
    if (cmd.update !== undefined)
      throw new MongoError(Codes.FailedToParse, 'Cannot specify both an update and remove=true');
    if (cmd.upsert === true)
      throw new MongoError(Codes.FailedToParse, 'Cannot specify both upsert=true and remove=true');
    const [removed] = executeDelete(ctx, name, filter, { single: true, sort, variables });
    return { lastErrorObject: { n: removed ? 1 : 0 }, value: shape(removed), ok: 1 };
  }
  if (cmd.update === undefined)
    throw new MongoError(Codes.FailedToParse, 'Either an update or remove=true must be specified');
  const outcome = executeUpdate(ctx, name, {
    filter,
    update: cmd.update as UpdateSpec,
    multi: false,
    upsert: cmd.upsert === true,
    arrayFilters: cmd.arrayFilters as Document[] | undefined,
    sort,
    variables,
  });
  const upserted = outcome.upsertedId !== undefined;
  const lastErrorObject: Document = {
    n: upserted ? 1 : outcome.matched,
    updatedExisting: !upserted && outcome.matched > 0,
    ...(upserted ? { upserted: outcome.upsertedId } : {}),
  };
  const value = cmd.new === true ? outcome.after : outcome.before;
  return { lastErrorObject, value: shape(value), ok: 1 };
}
