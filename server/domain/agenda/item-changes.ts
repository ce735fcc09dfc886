import { DomainError } from '../errors';
import type { AgendaEntry, NumberingStyle } from './agenda-entry';
import { numberAgenda } from './numbering';

export interface AgendaItemChanges {
  name?: string;
  /** Paper id; null unlinks the paper. */
  paper?: string | null;
  public?: boolean;
}

/**
 * Renames an item, links or unlinks its paper, or moves it to the other part. Moving is a draft-only
 * change: once the invitation is out, a public item must not quietly become confidential (and the
 * printed numbers are frozen).
 */
export function updateAgendaItem<T extends AgendaEntry>(
  items: readonly T[],
  id: string,
  changes: AgendaItemChanges,
  options: { style: NumberingStyle; invitationSent: boolean },
): T[] {
  const target = findItem(items, id);
  const edited = items.map((item) => (item.id === id ? applyFields(item, changes) : item));
  if (changes.public === undefined || changes.public === target.public) return edited;
  if (options.invitationSent) {
    throw new DomainError(
      'agenda_frozen',
      'Nach der Einladung kann ein Punkt nicht mehr zwischen öffentlichem und nichtöffentlichem Teil verschoben werden.',
      { field: 'public' },
    );
  }
  return moveToPart(edited, target, changes.public, options.style);
}

function findItem<T extends AgendaEntry>(items: readonly T[], id: string): T {
  const target = items.find((item) => item.id === id);
  if (!target) throw new DomainError('not_found', 'Diesen Tagesordnungspunkt gibt es nicht.', { id });
  return target;
}

function applyFields<T extends AgendaEntry>(item: T, changes: AgendaItemChanges): T {
  const next = { ...item };
  if (changes.name !== undefined) next.name = changes.name;
  if (changes.paper !== undefined) next.paper = changes.paper ?? undefined;
  return next;
}

/** The item (with its sub-items) goes to the end of the other part, as a main item, and all is renumbered. */
function moveToPart<T extends AgendaEntry>(
  items: readonly T[],
  target: T,
  toPublic: boolean,
  style: NumberingStyle,
): T[] {
  const isChild = (item: T) =>
    target.level === 1 &&
    item.level === 2 &&
    item.public === target.public &&
    item.number.startsWith(`${target.number}.`);
  const lastOrder = Math.max(0, ...items.map((item) => item.order));
  const moving = items
    .filter((item) => item.id === target.id || isChild(item))
    .sort((a, b) => a.order - b.order);
  const moved = moving.map((item, index) => ({
    ...item,
    public: toPublic,
    level: item.id === target.id ? 1 : item.level,
    order: lastOrder + 1 + index,
  }));
  const staying = items.filter((item) => !moving.includes(item));
  return numberAgenda([...staying, ...moved], style) as T[];
}
