import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../domain/access/password';
import type { USER_ROLES } from '../models/user';
import { UserModel } from '../models/user';
import { idOf, type DemoContext } from './context';
import { KOELN_ADMINISTRATION_DEPARTMENT } from './koeln-people';
import { orgKey } from './organizations';
import { personKey } from './people';

export interface DemoAccount {
  username: string;
  password: string;
  role: (typeof USER_ROLES)[number];
  description: string;
}

interface AccountSeed {
  username: string;
  displayName: string;
  role: (typeof USER_ROLES)[number];
  description: string;
  officeCommittees?: string[];
  person?: string;
  department?: string;
}

const ACCOUNTS: readonly AccountSeed[] = [
  {
    username: 'geschaeftsfuehrung',
    displayName: 'Olga Marusich',
    role: 'office',
    description: 'Geschäftsführung des Unterausschusses Digitale Kommunikation und Organisation (Stadt Köln)',
    officeCommittees: ['UA DiKO'],
    person: 'Marusich',
  },
  {
    username: 'amtsleitung',
    displayName: 'Amtsleitung',
    role: 'head',
    description: 'Amtsleitung: Kalender und offene Punkte aller Gremien',
  },
  {
    username: 'mitglied',
    displayName: 'Jörg Frank',
    role: 'member',
    description: 'Mitglied im UA DiKO (Fraktion Bündnis 90/Die Grünen)',
    person: 'Frank',
  },
  {
    username: 'fachamt',
    displayName: KOELN_ADMINISTRATION_DEPARTMENT,
    role: 'department',
    description: `Fachdienststelle: ${KOELN_ADMINISTRATION_DEPARTMENT} beantwortet Anfragen und erledigt Prüfaufträge`,
    department: KOELN_ADMINISTRATION_DEPARTMENT,
  },
  {
    username: 'admin',
    displayName: 'Administration',
    role: 'admin',
    description: 'Administration: Benutzer, Gremien, Kanäle',
  },
];

/**
 * One login per role with a fresh random password. Existing accounts are left alone and not
 * returned, so passwords are shown once only.
 */
export async function loadDemoAccounts(ctx: DemoContext): Promise<DemoAccount[]> {
  const created: DemoAccount[] = [];
  for (const seed of ACCOUNTS) {
    if (await UserModel.exists({ username: seed.username })) continue;
    const password = randomBytes(12).toString('base64url');
    await UserModel.create({
      username: seed.username,
      displayName: seed.displayName,
      passwordHash: await hashPassword(password),
      roles: [seed.role],
      officeCommitteeIds: (seed.officeCommittees ?? []).map((c) => idOf(ctx, orgKey('koeln', c))),
      department: seed.department,
      person: seed.person ? idOf(ctx, personKey('koeln', seed.person)) : undefined,
    });
    ctx.created += 1;
    created.push({ username: seed.username, password, role: seed.role, description: seed.description });
  }
  return created;
}

/** The one-time listing of new demo logins, for the console of `npm start` and `npm run seed`. */
export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.username.length));
  return [
    'Demo-Zugänge (Passwörter werden nur dieses eine Mal angezeigt) / demo logins (passwords are shown once):',
    ...accounts.map(
      (a) => `  ${a.username.padEnd(width)}  ${a.password}  ${a.role.padEnd(10)}  ${a.description}`,
    ),
  ].join('\n');
}
