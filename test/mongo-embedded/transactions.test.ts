import mongoose from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof startTestDatabase>>;
let conn: mongoose.Connection;
const accountSchema = new mongoose.Schema({ owner: { type: String, unique: true }, balance: Number });
const ledgerSchema = new mongoose.Schema({ note: String });
let Account: mongoose.Model<mongoose.InferSchemaType<typeof accountSchema>>;
let Ledger: mongoose.Model<mongoose.InferSchemaType<typeof ledgerSchema>>;

beforeAll(async () => {
  database = await startTestDatabase();
  conn = await mongoose.createConnection(database.uri).asPromise();
  Account = conn.model('Account', accountSchema);
  Ledger = conn.model('Ledger', ledgerSchema);
  await Account.init();
  await Ledger.init();
});

afterAll(async () => {
  await conn?.close();
  await database?.stop();
});

beforeEach(async () => {
  await Account.deleteMany({});
  await Ledger.deleteMany({});
  await Account.create([
    { owner: 'a', balance: 100 },
    { owner: 'b', balance: 0 },
  ]);
});

describe('transactions', () => {
  it('makes all writes of a committed transaction visible together', async () => {
    await conn.transaction(async (session) => {
      await Account.updateOne({ owner: 'a' }, { $inc: { balance: -30 } }, { session });
      await Account.updateOne({ owner: 'b' }, { $inc: { balance: 30 } }, { session });
      await Ledger.create([{ note: 'a->b 30' }], { session });
      // Inside the transaction its own writes are visible ...
      expect((await Account.findOne({ owner: 'b' }).session(session).lean())?.balance).toBe(30);
      // ... but not outside of it before the commit.
      expect((await Account.findOne({ owner: 'b' }).lean())?.balance).toBe(0);
      expect(await Ledger.countDocuments()).toBe(0);
    });
    const balances = await Account.find().sort({ owner: 1 }).lean();
    expect(balances.map((a) => a.balance)).toEqual([70, 30]);
    expect(await Ledger.countDocuments()).toBe(1);
  });

  it('discards every write of an aborted transaction', async () => {
    const session = await conn.startSession();
    session.startTransaction();
    await Account.updateOne({ owner: 'a' }, { $inc: { balance: -50 } }, { session });
    await Ledger.create([{ note: 'aborted' }], { session });
    await Account.create([{ owner: 'c', balance: 1 }], { session });
    await session.abortTransaction();
    await session.endSession();
    expect((await Account.findOne({ owner: 'a' }).lean())?.balance).toBe(100);
    expect(await Ledger.countDocuments()).toBe(0);
    expect(await Account.countDocuments()).toBe(2);
  });

  it('rolls back when the callback throws', async () => {
    const failure = new Error('stop');
    await expect(
      conn.transaction(async (session) => {
        await Ledger.create([{ note: 'never' }], { session });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await Ledger.countDocuments()).toBe(0);
  });

  it('aborts on a duplicate key inside the transaction and keeps nothing', async () => {
    const session = await conn.startSession();
    const err = await session
      .withTransaction(async () => {
        await Ledger.create([{ note: 'first' }], { session });
        await Account.create([{ owner: 'a', balance: 1 }], { session });
      })
      .catch((e: unknown) => e)
      .finally(() => session.endSession());
    expect(err).toMatchObject({ code: 11000 });
    expect(await Ledger.countDocuments()).toBe(0);
  });

  it('commits with session.withTransaction and reads its own writes', async () => {
    const session = await conn.startSession();
    await session.withTransaction(async () => {
      await Ledger.create([{ note: 'x' }, { note: 'y' }], { session, ordered: true });
      expect(await Ledger.countDocuments().session(session)).toBe(2);
    });
    await session.endSession();
    expect(await Ledger.countDocuments()).toBe(2);
  });
});
