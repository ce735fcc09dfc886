import { berlinClock } from '../quorum/explain';
import type { ListedPerson } from './types';

function titles(person: ListedPerson): string[] {
  if (person.title === undefined) return [];
  return typeof person.title === 'string' ? [person.title] : [...person.title];
}

function join(parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => !!part && part.length > 0).join(' ');
}

/** "Herr Dr. Gerrit Krupp". */
export function fullName(person: ListedPerson): string {
  return join([person.formOfAddress, ...titles(person), person.givenName, person.familyName]);
}

/** "Dr. Tina Guenther": without the form of address, as seed 002 prints. */
export function plainName(person: ListedPerson): string {
  return join([...titles(person), person.givenName, person.familyName]);
}

/** The dative after "i.V.f." and "für": "Herrn Dr. Ralph Elster", "Frau Anna Meike Reimann". */
export function dativeAddress(formOfAddress: string | undefined): string | undefined {
  return formOfAddress === 'Herr' ? 'Herrn' : formOfAddress;
}

export function dativeFullName(person: ListedPerson): string {
  return join([dativeAddress(person.formOfAddress), ...titles(person), person.givenName, person.familyName]);
}

export function dativeFamilyName(person: ListedPerson): string {
  return join([dativeAddress(person.formOfAddress), person.familyName]);
}

/** "anw. ab 14:15 Uhr", "anw. ab 14:15 Uhr bis 15:40 Uhr", "anw. bis 15:40 Uhr"; undefined when all along. */
export function presenceNote(arrivedAt: Date | undefined, leftAt: Date | undefined): string | undefined {
  if (!arrivedAt && !leftAt) return undefined;
  const from = arrivedAt ? ` ab ${berlinClock(arrivedAt)} Uhr` : '';
  const until = leftAt ? ` bis ${berlinClock(leftAt)} Uhr` : '';
  return `anw.${from}${until}`;
}

export function samePerson(a: ListedPerson, b: ListedPerson): boolean {
  if (a.personId !== undefined && b.personId !== undefined) return a.personId === b.personId;
  return a.familyName === b.familyName && a.givenName === b.givenName;
}
