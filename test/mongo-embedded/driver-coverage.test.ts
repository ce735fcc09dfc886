import mongoose from 'mongoose';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../server/mongo-embedded/index';

// Runs a broad mongoose and driver workload and checks the server knew every command it was sent.
const unknownCommands: string[] = [];
let server: EmbeddedMongo;

beforeAll(async () => {
  server = await startEmbeddedMongo({
    inMemory: true,
    onUnknownCommand: (name) => unknownCommands.push(name),
  });
});

afterAll(async () => {
  await server?.stop();
});

describe.skipIf(Boolean(process.env.MONGODB_URI))('commands sent by mongoose and the driver', () => {
  it('are all known to the server', async () => {
    const conn = await mongoose.createConnection(server.uri.replace('/?', '/coverage?')).asPromise();
    const Person = conn.model(
      'Person',
      new mongoose.Schema(
        {
          name: { type: String, unique: true },
          age: Number,
          tags: [String],
          at: { type: Date, expires: 3600 },
        },
        { timestamps: true },
      ),
    );
    const Group = conn.model(
      'Group',
      new mongoose.Schema({
        title: String,
        members: [{ type: mongoose.Schema.Types.ObjectId, ref: 'Person' }],
      }),
    );
    await Person.init();
    await Group.init();
    await Person.syncIndexes();
    const people = await Person.insertMany([
      { name: 'a', age: 1 },
      { name: 'b', age: 2 },
    ]);
    await Group.create({ title: 'g', members: people.map((p) => p._id) });
    await Group.findOne().populate('members').lean();
    await Person.bulkWrite([
      { updateOne: { filter: { name: 'a' }, update: { $inc: { age: 1 } } } },
      { deleteOne: { filter: { name: 'zzz' } } },
      { insertOne: { document: { name: 'c' } } },
      { replaceOne: { filter: { name: 'c' }, replacement: { name: 'c2' } } },
    ]);
    await Person.findOneAndReplace({ name: 'c2' }, { name: 'c3' });
    await Person.estimatedDocumentCount();
    await Person.exists({ name: 'b' });
    await Person.distinct('name');
    await Person.aggregate([{ $group: { _id: null, n: { $sum: 1 } } }]);
    await Person.find()
      .cursor()
      .eachAsync(() => undefined);
    await conn.transaction(async (session) => {
      await Person.updateMany({}, { $set: { tags: ['x'] } }, { session });
    });
    await conn.db!.collection('people').indexInformation();
    await conn.db!.stats();
    await conn.db!.admin().listDatabases();
    await conn.db!.admin().serverStatus();
    await conn.db!.admin().buildInfo();
    await conn.db!.collection('people').rename('persons');
    await conn.db!.collection('persons').drop();
    await conn.dropDatabase();
    await conn.close();

    const client = await MongoClient.connect(server.uri);
    await client.db('coverage2').collection('x').insertOne({ a: 1 });
    await client.db('coverage2').collection('x').find().explain();
    await client.close();
    expect(unknownCommands).toEqual([]);
  });
});
