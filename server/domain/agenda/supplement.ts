import { DomainError } from '../errors';
import type { AgendaEntry, NewAgendaEntry } from './agenda-entry';
import { partName } from './numbering';

export const SUPPLEMENT_HEADING = 'Nachträge';

export interface SupplementRequest {
  name: string;
  public: boolean;
  paper?: string;
  /** Main item to file it under ("7" for Allgemeine Vorlagen); default: the part's "Nachträge" item. */
  parentNumber?: string;
}

/**
 * Adds a Nachtrag to an agenda that has gone out: existing numbers never change. The new item
 * becomes the next sub-item of its parent ("11.1" under "11 Nachträge"). Without a parent, a
 * "Nachträge" main item is appended to the part when its number is still free.
 */
export function addSupplement<T extends AgendaEntry>(
  items: readonly T[],
  request: SupplementRequest,
): { items: (T | AgendaEntry)[]; added: AgendaEntry } {
  const inPart = items.filter((i) => i.public === request.public).sort((a, b) => a.order - b.order);
  let result: (T | AgendaEntry)[] = [...items];
  let parent: AgendaEntry | undefined = request.parentNumber
    ? inPart.find((i) => i.level === 1 && i.number === request.parentNumber)
    : inPart.find((i) => i.level === 1 && i.name.trim() === SUPPLEMENT_HEADING);
  if (request.parentNumber && !parent) {
    throw new DomainError(
      'agenda_parent_not_found',
      `Im ${partName(request.public)} gibt es keinen Hauptpunkt ${request.parentNumber}.`,
      { field: 'parentNumber' },
    );
  }
  if (!parent) {
    const heading: NewAgendaEntry = {
      name: SUPPLEMENT_HEADING,
      public: request.public,
      level: 1,
      supplement: true,
    };
    parent = insertAfter(result, inPart.at(-1), heading, nextFreeMainNumber(items, inPart));
    result = shiftAndInsert(result, parent);
  }
  const siblings = items.filter((i) => i.level === 2 && i.number.startsWith(`${parent.number}.`));
  const lastInGroup = [parent, ...siblings].sort((a, b) => a.order - b.order).at(-1) ?? parent;
  const added: AgendaEntry = {
    name: request.name,
    public: request.public,
    level: 2,
    supplement: true,
    paper: request.paper,
    number: `${parent.number}.${siblings.length + 1}`,
    order: lastInGroup.order + 1,
  };
  result = shiftAndInsert(result, added);
  return { items: result, added };
}

function nextFreeMainNumber(all: readonly AgendaEntry[], part: readonly AgendaEntry[]): string {
  const mains = part.filter((i) => i.level === 1).map((i) => Number(i.number));
  const candidate = String((mains.length ? Math.max(...mains) : 0) + 1);
  if (all.some((i) => i.level === 1 && i.number === candidate)) {
    throw new DomainError(
      'agenda_supplement_needs_parent',
      `Die Nummer ${candidate} ist schon vergeben. Bitte den Nachtrag einem bestehenden Hauptpunkt zuordnen.`,
      { field: 'parentNumber' },
    );
  }
  return candidate;
}

function insertAfter(
  all: readonly AgendaEntry[],
  last: AgendaEntry | undefined,
  entry: NewAgendaEntry,
  number: string,
): AgendaEntry {
  const order = last ? last.order + 1 : entry.public ? 1 : Math.max(0, ...all.map((i) => i.order)) + 1;
  return { ...entry, number, order };
}

/** Makes room at `entry.order` by moving later items one place down, then inserts. */
function shiftAndInsert<T extends AgendaEntry>(items: readonly T[], entry: AgendaEntry): (T | AgendaEntry)[] {
  const shifted = items.map((i) => (i.order >= entry.order ? { ...i, order: i.order + 1 } : i));
  return [...shifted, entry].sort((a, b) => a.order - b.order);
}
