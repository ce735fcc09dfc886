import type { Document } from 'bson';
import { Codes, MongoError } from '../errors';
import type { Catalog } from './catalog';
import { Transaction } from './transaction';

export const TRANSACTION_LIFETIME_MS = 60_000;

/** Server side of logical sessions: only their current transaction needs state here. */
export class SessionRegistry {
  private readonly transactions = new Map<string, Transaction>();

  constructor(private readonly catalog: Catalog) {}

  /** The transaction a command with `autocommit: false` belongs to, started when asked to. */
  transactionFor(sessionKey: string, txnNumber: bigint, start: boolean): Transaction {
    const current = this.transactions.get(sessionKey);
    if (start) {
      if (current && current.txnNumber === txnNumber) {
        throw new MongoError(
          Codes.BadValue,
          `Transaction with txnNumber ${txnNumber} has already been started`,
        );
      }
      if (current?.state === 'inProgress') current.end('aborted');
      const txn = new Transaction(this.catalog, txnNumber);
      this.transactions.set(sessionKey, txn);
      return txn;
    }
    if (!current || current.txnNumber !== txnNumber) throw noSuchTransaction(txnNumber);
    if (current.state === 'aborted') throw noSuchTransaction(txnNumber);
    if (current.state === 'committed') {
      throw new MongoError(Codes.TransactionCommitted, `Transaction ${txnNumber} has been committed.`);
    }
    return current;
  }

  /** The transaction for commit/abort, whatever its state. */
  existing(sessionKey: string, txnNumber: bigint): Transaction {
    const current = this.transactions.get(sessionKey);
    if (!current || current.txnNumber !== txnNumber) throw noSuchTransaction(txnNumber);
    return current;
  }

  endSession(sessionKey: string): void {
    const txn = this.transactions.get(sessionKey);
    if (txn?.state === 'inProgress') txn.end('aborted');
    this.transactions.delete(sessionKey);
  }

  endAll(): void {
    for (const key of [...this.transactions.keys()]) this.endSession(key);
  }

  /** Aborts transactions running longer than MongoDB's default transactionLifetimeLimitSeconds. */
  abortExpired(now = Date.now()): void {
    for (const txn of this.transactions.values()) {
      if (txn.state === 'inProgress' && now - txn.startedAt > TRANSACTION_LIFETIME_MS) txn.end('aborted');
    }
  }
}

export function noSuchTransaction(txnNumber: bigint | string): MongoError {
  return new MongoError(
    Codes.NoSuchTransaction,
    `Transaction with { txnNumber: ${txnNumber} } has been aborted.`,
    {
      errorLabels: ['TransientTransactionError'],
    },
  );
}

export function sessionKeyOf(lsid: unknown): string | undefined {
  const id = (lsid as Document | undefined)?.id as { buffer?: Uint8Array; position?: number } | undefined;
  if (!id?.buffer) return undefined;
  return Buffer.from(id.buffer.subarray(0, id.position ?? id.buffer.length)).toString('hex');
}
