import type { Document } from 'bson';
import type { Engine } from '../engine/engine';
import type { Scope } from '../engine/scope';
import { badValue, Codes, MongoError } from '../errors';
import { numericValue } from '../bson-values';

export interface ServerIdentity {
  /** "host:port" as clients reach this server. */
  address: string;
  startedAt: Date;
}

export interface CommandContext {
  engine: Engine;
  db: string;
  cmd: Document;
  scope: Scope;
  sessionKey: string | undefined;
  connectionId: number;
  server: ServerIdentity;
}

/**
 * Command handlers are synchronous on purpose: a write is applied in memory and handed to the
 * journal in one step, with no other command in between.
 */
export type CommandHandler = (ctx: CommandContext) => Document;

/** The collection name a command targets (the value of its first field). */
export function collectionName(ctx: CommandContext, field?: string): string {
  const value = ctx.cmd[field ?? Object.keys(ctx.cmd)[0]!];
  if (typeof value !== 'string' || value === '') {
    throw new MongoError(Codes.InvalidNamespace, `collection name has invalid type ${typeof value}`);
  }
  return value;
}

export function optionalNumber(cmd: Document, field: string): number | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  const n = numericValue(value);
  if (n === undefined) throw new MongoError(Codes.TypeMismatch, `Field '${field}' should be a number`);
  return n;
}

export function optionalDocument(cmd: Document, field: string): Document | undefined {
  const value = cmd[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new MongoError(Codes.TypeMismatch, `Field '${field}' should be an object`);
  return value as Document;
}

/** Collation other than the default binary comparison would silently change results: refuse it. */
export function rejectCollation(cmd: Document): void {
  const collation = cmd.collation as Document | undefined;
  if (collation && collation.locale !== 'simple') throw badValue('collation is not supported by this server');
}
