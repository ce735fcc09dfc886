import type { MEMBERSHIP_ROLES } from '../models';
import { MembershipModel, PersonModel } from '../models';
import type { DemoBodyKey } from './bodies';
import { ensure, idOf, type DemoContext } from './context';
import { orgKey } from './organizations';

export interface PersonSeed {
  formOfAddress?: 'Herr' | 'Frau';
  title?: string;
  /** Unknown for some persons the minutes name only as "Herr Horn". */
  givenName?: string;
  familyName: string;
  isAdministration?: boolean;
  department?: string;
}

export interface MembershipSeed {
  /** Family name of a person of the same body. */
  person: string;
  role: (typeof MEMBERSHIP_ROLES)[number];
  votingRight?: boolean;
  /** shortName of the Fraktion. */
  fraktion?: string;
  seatKind?: 'council' | 'expertCitizen' | 'other';
  /** Family names of the members a substitute may represent. */
  mayRepresent?: string[];
}

export function personKey(body: DemoBodyKey, familyName: string): string {
  return `person:${body}:${familyName}`;
}

export async function loadPersons(
  ctx: DemoContext,
  body: DemoBodyKey,
  seeds: readonly PersonSeed[],
): Promise<void> {
  const bodyId = idOf(ctx, `body:${body}`);
  for (const seed of seeds) {
    const name = [seed.title, seed.givenName, seed.familyName].filter(Boolean).join(' ');
    await ensure(
      ctx,
      PersonModel,
      { body: bodyId, familyName: seed.familyName, givenName: seed.givenName },
      {
        name,
        formOfAddress: seed.formOfAddress,
        title: seed.title ? [seed.title] : undefined,
        isAdministration: seed.isAdministration ?? false,
        department: seed.department,
      },
      personKey(body, seed.familyName),
    );
  }
}

/**
 * Seats in a committee, and for each seat with a Fraktion also the person's membership in that
 * Fraktion (so the Fraktion's members can file Anfragen on its behalf).
 */
export async function loadMemberships(
  ctx: DemoContext,
  body: DemoBodyKey,
  committeeKey: string,
  seeds: readonly MembershipSeed[],
): Promise<void> {
  const committee = idOf(ctx, committeeKey);
  for (const seed of seeds) {
    const person = idOf(ctx, personKey(body, seed.person));
    const fraktion = seed.fraktion ? idOf(ctx, orgKey(body, seed.fraktion)) : undefined;
    await ensure(
      ctx,
      MembershipModel,
      { person, organization: committee, role: seed.role },
      {
        votingRight: seed.votingRight ?? true,
        onBehalfOf: fraktion,
        seatKind: seed.seatKind ?? 'council',
        mayRepresent: seed.mayRepresent?.map((p) => idOf(ctx, personKey(body, p))),
      },
    );
    if (fraktion) {
      await ensure(
        ctx,
        MembershipModel,
        { person, organization: fraktion, role: 'Mitglied' },
        { votingRight: true, seatKind: seed.seatKind ?? 'council' },
      );
    }
  }
}
