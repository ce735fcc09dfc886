import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mongoose, { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo } from '../../server/mongo-embedded/index';
import { verifyPassword } from '../../server/domain/access/password';
import { OrganizationModel } from '../../server/store/models/organization';
import { UserModel } from '../../server/store/models/user';
import { addUser, parseUserAddArgs, UsageError } from '../../scripts/user-add';
import { connectTestDatabase } from '../http/support/test-app';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

describe('parseUserAddArgs', () => {
  it('reads the arguments, repeatable role and committee', () => {
    expect(
      parseUserAddArgs([
        '--username',
        'MMuster',
        '--name',
        'Maria Muster',
        '--role',
        'office',
        '--role',
        'member',
        '--committee',
        'ADI',
        '--committee',
        'FIN',
      ]),
    ).toEqual({
      username: 'mmuster',
      displayName: 'Maria Muster',
      roles: ['office', 'member'],
      committees: ['ADI', 'FIN'],
      person: undefined,
      email: undefined,
      department: undefined,
    });
  });

  it('names every missing or wrong argument', () => {
    expect(() => parseUserAddArgs(['--role', 'boss'])).toThrow(UsageError);
    expect(() => parseUserAddArgs(['--role', 'boss', '--person', 'x'])).toThrow(
      /--username[\s\S]*--name[\s\S]*boss[\s\S]*--person/,
    );
  });
});

describe('addUser', () => {
  let database: Awaited<ReturnType<typeof connectTestDatabase>>;
  beforeAll(async () => {
    database = await connectTestDatabase();
  });
  afterAll(() => database.stop());

  it('hashes the password and resolves committees by short name or id', async () => {
    const body = new Types.ObjectId();
    const adi = await OrganizationModel.create({
      body,
      kind: 'committee',
      name: 'Ausschuss für Digitalisierung',
      shortName: 'ADI',
    });
    const fin = await OrganizationModel.create({
      body,
      kind: 'committee',
      name: 'Finanzausschuss',
      shortName: 'FIN',
    });
    const input = parseUserAddArgs([
      '--username',
      'gf',
      '--name',
      'Geschäftsführung',
      '--role',
      'office',
      '--committee',
      'ADI',
      '--committee',
      fin.id,
    ]);
    const id = await addUser(input, 'ein langes Passwort');
    const user = await UserModel.findById(id).select('+passwordHash').lean();
    expect(user?.officeCommitteeIds.map(String)).toEqual([adi.id, fin.id]);
    expect(user?.passwordHash).not.toContain('ein langes Passwort');
    expect(await verifyPassword('ein langes Passwort', user!.passwordHash!)).toBe(true);

    await expect(addUser(input, 'ein langes Passwort')).rejects.toThrow(/gibt es schon/);
    await expect(addUser({ ...input, username: 'x' }, 'kurz')).rejects.toThrow(/mindestens 10 Zeichen/);
    await expect(
      addUser({ ...input, username: 'y', committees: ['NIX'] }, 'ein langes Passwort'),
    ).rejects.toThrow(/Kein Ausschuss/);
  });
});

describe('npm run user:add on the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'user-add-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const cli = (args: string[]) =>
    run(TSX, ['scripts/user-add.ts', ...args], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        MONGODB_URI: '',
        DATA_DIR: dataDir,
        USER_PASSWORD: 'ein langes Passwort',
      },
    });

  it('says clearly when the data directory is in use, and creates the user once it is free', async () => {
    const args = ['--username', 'admin', '--name', 'Administration', '--role', 'admin'];
    const running = await startEmbeddedMongo({ dataDir });
    const locked = await cli(args).catch((err: { code: number; stderr: string }) => err);
    await running.stop();
    expect(locked).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/wird von einem anderen Prozess benutzt/),
    });

    const created = await cli(args);
    expect(created.stdout).toMatch(/Benutzer admin angelegt/);

    const reopened = await startEmbeddedMongo({ dataDir });
    const connection = await mongoose
      .createConnection(reopened.uri.replace('/?', '/gremienbot?'))
      .asPromise();
    const stored = await connection.collection('users').findOne({ username: 'admin' });
    await connection.close();
    await reopened.stop();
    expect(stored).toMatchObject({ roles: ['admin'], displayName: 'Administration' });
  }, 60_000);
});
