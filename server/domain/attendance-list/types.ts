/** A person as the minutes name them: "Herr Dr. Gerrit Krupp". */
export interface ListedPerson {
  personId?: string;
  formOfAddress?: string;
  title?: string | readonly string[];
  givenName?: string;
  familyName: string;
}

/** One present (or excused) person on the list. */
export interface AttendanceListEntry {
  person: ListedPerson;
  /** Short name of the Fraktion: "SPD", "GRÜNE". */
  fraktion?: string;
  /** i.V.f.: the member a substitute sits in for. */
  inPlaceOf?: ListedPerson;
  /** Printed as "anw. ab 14:15 Uhr"; leave out when present from the start. */
  arrivedAt?: Date;
  /** Printed as "bis 15:40 Uhr"; leave out when present until the end. */
  leftAt?: Date;
  /** The chair of the session (seed 002 prints a "Vorsitz" section). */
  isChair?: boolean;
}

export interface AttendanceListGroup {
  heading: string;
  entries: AttendanceListEntry[];
}

/** What the minutes list, grouped; the store fills it, `formatAttendanceList` lays it out. */
export interface AttendanceListInput {
  /** Stimmberechtigte Mitglieder present. */
  votingMembers: AttendanceListEntry[];
  /** Stellvertretende stimmberechtigte Mitglieder present, each with `inPlaceOf`. */
  substitutes: AttendanceListEntry[];
  administration: AttendanceListEntry[];
  /** Beratende Mitglieder, GPR, Presse, Zuschauer, Gäste: printed in this order, empty ones too. */
  furtherGroups: AttendanceListGroup[];
  /** Entschuldigt fehlen, by group ("Stimmberechtigte Mitglieder"). */
  excused: AttendanceListGroup[];
}

/**
 * fraktionTable: Köln (seed 000), form of address, full name and Fraktion in tab-separated columns.
 * nameList: Kreis Mettmann (seed 002), names only, Vorsitz apart, substitutes among the Mitglieder.
 */
export type AttendanceListFormat = 'fraktionTable' | 'nameList';

export interface AttendanceListLine {
  /** The columns joined by tabs, as printed. */
  text: string;
  columns: string[];
}

export interface AttendanceListSection {
  heading: string;
  /** 1: "Anwesend waren:", "Entschuldigt fehlen:"; 2: the groups below them. */
  level: 1 | 2;
  /** spaced: a blank line after every name (seed 002); tight: one name per line. */
  spacing: 'tight' | 'spaced';
  lines: AttendanceListLine[];
}
