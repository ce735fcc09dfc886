import { Long, ObjectId, Timestamp, type Document } from 'bson';
import type { CommandContext } from './context';

export const WIRE_LIMITS = {
  maxBsonObjectSize: 16 * 1024 * 1024,
  maxMessageSizeBytes: 48_000_000,
  maxWriteBatchSize: 100_000,
};
export const REPLICA_SET_NAME = 'rs0';
const ELECTION_ID = new ObjectId('7fffffff0000000000000001');

/**
 * The server presents itself as the primary of a one-member replica set: drivers refuse
 * transactions on a standalone. `topologyVersion` is left out on purpose (it would switch the
 * driver to streaming monitoring, which is not implemented), and no compression is offered.
 */
export function hello(ctx: CommandContext): Document {
  const legacy = 'isMaster' in ctx.cmd || 'ismaster' in ctx.cmd;
  const now = new Date();
  const opTime = { ts: Timestamp.fromBits(0, Math.floor(now.getTime() / 1000)), t: Long.fromNumber(1) };
  return {
    ...(ctx.cmd.helloOk ? { helloOk: true } : {}),
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    hosts: [ctx.server.address],
    setName: REPLICA_SET_NAME,
    setVersion: 1,
    secondary: false,
    primary: ctx.server.address,
    me: ctx.server.address,
    electionId: ELECTION_ID,
    lastWrite: { opTime, lastWriteDate: now, majorityOpTime: opTime, majorityWriteDate: now },
    ...WIRE_LIMITS,
    localTime: now,
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.connectionId,
    minWireVersion: 0,
    maxWireVersion: 21,
    readOnly: false,
    ok: 1,
  };
}
