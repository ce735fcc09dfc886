import { Long, type Document } from 'bson';
import type { Engine } from '../engine/engine';
import type { Transaction } from '../engine/transaction';
import { sessionKeyOf } from '../engine/sessions';
import { badValue, Codes, errorReply, MongoError, toMongoError } from '../errors';
import type { ServerIdentity } from './context';
import { COMMANDS, TRANSACTION_COMMANDS, WRITE_COMMANDS } from './registry';

export interface DispatchOptions {
  engine: Engine;
  server: ServerIdentity;
  connectionId: number;
  /** Called with the names of commands this server does not know (tests use it to find gaps). */
  onUnknownCommand?: (name: string) => void;
}

/**
 * Runs one command and returns the reply document. Everything up to the journal call is
 * synchronous; the returned promise settles when the command's writes are durable.
 */
export async function dispatch(cmd: Document, options: DispatchOptions): Promise<Document> {
  let outcome: { reply: Document; durable: Promise<void> };
  try {
    outcome = execute(cmd, options);
  } catch (err) {
    return errorReply(toMongoError(err));
  }
  try {
    await outcome.durable;
  } catch (err) {
    return errorReply(
      new MongoError(Codes.InternalError, `write could not be made durable: ${toMongoError(err).message}`),
    );
  }
  return outcome.reply;
}

/** Throws only before any state was touched; later failures become the reply. */
function execute(cmd: Document, options: DispatchOptions): { reply: Document; durable: Promise<void> } {
  const name = Object.keys(cmd)[0];
  if (!name) throw badValue('empty command');
  const handler = COMMANDS[name];
  if (!handler) {
    options.onUnknownCommand?.(name);
    throw new MongoError(Codes.CommandNotFound, `no such command: '${name}'`);
  }
  const db = cmd.$db;
  if (typeof db !== 'string' || db === '') throw new MongoError(Codes.InvalidNamespace, 'missing $db');
  if (WRITE_COMMANDS.has(name)) options.engine.assertWritable();
  const sessionKey = sessionKeyOf(cmd.lsid);
  const transaction = transactionScope(cmd, name, sessionKey, options.engine);
  const scope = transaction ?? options.engine.liveScope();
  let reply: Document;
  try {
    reply = handler({
      engine: options.engine,
      db,
      cmd,
      scope,
      sessionKey,
      connectionId: options.connectionId,
      server: options.server,
    });
    if (transaction && Array.isArray(reply.writeErrors) && reply.writeErrors.length)
      transaction.end('aborted');
  } catch (err) {
    if (transaction) transaction.end('aborted');
    reply = errorReply(toMongoError(err));
  }
  // Writes made before a failure (an ordered batch's first documents) are journaled too.
  return { reply, durable: scope.finish() };
}

function transactionScope(
  cmd: Document,
  name: string,
  sessionKey: string | undefined,
  engine: Engine,
): Transaction | undefined {
  if (cmd.autocommit !== false || name === 'commitTransaction' || name === 'abortTransaction')
    return undefined;
  if (!sessionKey) throw new MongoError(Codes.InvalidOptions, 'Transactions require a session (lsid)');
  if (!TRANSACTION_COMMANDS.has(name)) {
    throw new MongoError(
      Codes.OperationNotSupportedInTransaction,
      `Cannot run '${name}' in a multi-document transaction.`,
    );
  }
  const txnNumber = cmd.txnNumber;
  if (!Long.isLong(txnNumber) && typeof txnNumber !== 'number')
    throw badValue('autocommit requires a txnNumber');
  return engine.sessions.transactionFor(
    sessionKey,
    BigInt(txnNumber.toString()),
    cmd.startTransaction === true,
  );
}
