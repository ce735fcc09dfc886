import { Long, type Document } from 'bson';
import { sessionKeyOf } from '../engine/sessions';
import { badValue, Codes, MongoError } from '../errors';
import type { CommandContext } from './context';

export function endSessions(ctx: CommandContext): Document {
  const sessions = ctx.cmd.endSessions;
  if (!Array.isArray(sessions)) throw badValue("'endSessions' must be an array");
  for (const lsid of sessions) {
    const key = sessionKeyOf(lsid);
    if (!key) continue;
    ctx.engine.sessions.endSession(key);
    ctx.engine.cursors.killSession(key);
  }
  return { ok: 1 };
}

function transactionOf(ctx: CommandContext) {
  if (!ctx.sessionKey)
    throw new MongoError(
      Codes.InvalidOptions,
      'Given transaction number does not match any in-progress transactions.',
    );
  const txnNumber = ctx.cmd.txnNumber;
  if (!Long.isLong(txnNumber) && typeof txnNumber !== 'number') throw badValue('txnNumber is required');
  return ctx.engine.sessions.existing(ctx.sessionKey, BigInt(txnNumber.toString()));
}

/** Synchronous up to the journal call: the transaction's writes land in memory and journal together. */
export function commitTransaction(ctx: CommandContext): Document {
  const txn = transactionOf(ctx);
  if (txn.state === 'committed') return { ok: 1 };
  if (txn.state === 'aborted') {
    throw new MongoError(
      Codes.NoSuchTransaction,
      `Transaction with { txnNumber: ${txn.txnNumber} } has been aborted.`,
      {
        errorLabels: ['TransientTransactionError'],
      },
    );
  }
  try {
    for (const mutation of txn.applyToLive()) ctx.scope.record(mutation);
    txn.end('committed');
  } catch (err) {
    txn.end('aborted');
    throw err;
  }
  return { ok: 1 };
}

export function abortTransaction(ctx: CommandContext): Document {
  const txn = transactionOf(ctx);
  if (txn.state === 'committed') {
    throw new MongoError(Codes.TransactionCommitted, 'Cannot abort a committed transaction');
  }
  txn.end('aborted');
  return { ok: 1 };
}
