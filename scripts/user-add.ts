/**
 * Creates a dashboard login.
 *   USER_PASSWORD=… npm run user:add -- --username mmuster --name "Maria Muster" --role office --committee "UA DiKO"
 * Without USER_PASSWORD the password is asked for on the terminal.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import mongoose, { isValidObjectId } from 'mongoose';
import { ConfigError, readConfig } from '../server/config/env';
import { hashPassword } from '../server/domain/access/password';
import { createLogger } from '../server/http/logger';
import { connectDatabase, DataDirectoryLockedError } from '../server/store/connection';
import { OrganizationModel } from '../server/store/models/organization';
import { PersonModel } from '../server/store/models/person';
import { USER_ROLES, UserModel } from '../server/store/models/user';

const USAGE = `Aufruf / usage: npm run user:add -- --username <name> --name "<Anzeigename>" --role <${USER_ROLES.join('|')}>
  [--role …] [--committee <id oder Kurzname / id or short name>…] [--person <id>] [--email <adresse>] [--department <Amt>]
Passwort aus USER_PASSWORD oder Abfrage im Terminal / password from USER_PASSWORD or prompted on a terminal.`;

export const MIN_PASSWORD_LENGTH = 10;

export interface UserAddInput {
  username: string;
  displayName: string;
  roles: (typeof USER_ROLES)[number][];
  committees: string[];
  person?: string;
  email?: string;
  department?: string;
}

export class UsageError extends Error {}

export function parseUserAddArgs(args: string[]): UserAddInput {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      committee: { type: 'string', multiple: true },
      person: { type: 'string' },
      email: { type: 'string' },
      department: { type: 'string' },
    },
    strict: true,
  });
  const problems: string[] = [];
  if (!values.username) problems.push('--username fehlt / is missing');
  if (!values.name) problems.push('--name fehlt / is missing');
  const roles = values.role ?? [];
  if (roles.length === 0) problems.push('--role fehlt / is missing');
  const unknown = roles.filter((role) => !(USER_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) problems.push(`unbekannte Rolle / unknown role: ${unknown.join(', ')}`);
  if (values.person && !isValidObjectId(values.person))
    problems.push('--person muss eine Id sein / must be an id');
  if (problems.length > 0) throw new UsageError(`${problems.join('\n')}\n\n${USAGE}`);
  return {
    username: values.username!.trim().toLowerCase(),
    displayName: values.name!.trim(),
    roles: roles as UserAddInput['roles'],
    committees: values.committee ?? [],
    person: values.person,
    email: values.email?.trim().toLowerCase(),
    department: values.department?.trim(),
  };
}

/** Creates the user; committees may be given by id or by short name (Kurzname). */
export async function addUser(input: UserAddInput, password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `Das Passwort braucht mindestens ${MIN_PASSWORD_LENGTH} Zeichen / needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  if (await UserModel.exists({ username: input.username })) {
    throw new UsageError(`Den Benutzer ${input.username} gibt es schon / already exists.`);
  }
  if (input.person && !(await PersonModel.exists({ _id: input.person }))) {
    throw new UsageError(`Keine Person mit der Id ${input.person} / no person with this id.`);
  }
  const officeCommitteeIds = [];
  for (const ref of input.committees) officeCommitteeIds.push(await resolveCommittee(ref));
  const user = await UserModel.create({
    username: input.username,
    displayName: input.displayName,
    email: input.email,
    passwordHash: await hashPassword(password),
    roles: input.roles,
    officeCommitteeIds,
    person: input.person,
    department: input.department,
  });
  return user._id.toString();
}

async function resolveCommittee(ref: string): Promise<mongoose.Types.ObjectId> {
  const filter = isValidObjectId(ref) ? { _id: ref } : { shortName: ref };
  const found = await OrganizationModel.find({ ...filter, kind: 'committee' })
    .select('_id name')
    .limit(2)
    .lean();
  if (found.length === 0) throw new UsageError(`Kein Ausschuss „${ref}“ / no committee "${ref}".`);
  if (found.length > 1)
    throw new UsageError(`„${ref}“ ist mehrdeutig, bitte die Id angeben / is ambiguous, give the id.`);
  return found[0]!._id;
}

async function readPassword(): Promise<string> {
  if (process.env.USER_PASSWORD) return process.env.USER_PASSWORD;
  if (!process.stdin.isTTY) {
    throw new UsageError(
      'Kein Terminal für die Passwortabfrage: USER_PASSWORD setzen / no terminal to ask: set USER_PASSWORD.',
    );
  }
  const first = await promptHidden('Passwort / password: ');
  const second = await promptHidden('Wiederholen / repeat: ');
  if (first !== second) throw new UsageError('Die Passwörter stimmen nicht überein / the passwords differ.');
  return first;
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let input = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      if (error) reject(error);
      else resolve(input);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new UsageError('Abgebrochen / cancelled.'));
        if (char === '\u007f' || char === '\b') input = input.slice(0, -1);
        else input += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function main(): Promise<void> {
  const input = parseUserAddArgs(process.argv.slice(2));
  const password = await readPassword();
  const config = readConfig();
  const logger = createLogger({ env: config.env, logLevel: 'warn' });
  const database = await connectDatabase(config, logger);
  try {
    const id = await addUser(input, password);
    console.log(`Benutzer ${input.username} angelegt / user created (id ${id}).`);
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    const expected =
      err instanceof UsageError || err instanceof ConfigError || err instanceof DataDirectoryLockedError;
    console.error(expected ? (err as Error).message : err);
    process.exitCode = 1;
  });
}
