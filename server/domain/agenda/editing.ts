import { DomainError } from '../errors';
import type { AgendaEntry, NewAgendaEntry, NumberingStyle } from './agenda-entry';
import { numberAgenda, partName } from './numbering';
import { addSupplement } from './supplement';

export interface NewItemPlacement {
  /** File as sub-item under this main item; otherwise a main item at the end of its part. */
  parentNumber?: string;
}

/**
 * Adds an item. While the meeting is still being drafted the whole agenda is renumbered; once the
 * invitation has gone out, numbers are frozen and the item becomes a Nachtrag.
 */
export function addAgendaItem<T extends AgendaEntry>(
  items: readonly T[],
  entry: Omit<NewAgendaEntry, 'level' | 'supplement'>,
  placement: NewItemPlacement,
  options: { style: NumberingStyle; invitationSent: boolean },
): { items: AgendaEntry[]; added: AgendaEntry } {
  if (options.invitationSent) {
    return addSupplement(items, { ...entry, parentNumber: placement.parentNumber });
  }
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const level: 1 | 2 = placement.parentNumber ? 2 : 1;
  let insertAt: number;
  if (placement.parentNumber) {
    const parentIndex = sorted.findIndex(
      (i) => i.public === entry.public && i.level === 1 && i.number === placement.parentNumber,
    );
    if (parentIndex < 0) {
      throw new DomainError(
        'agenda_parent_not_found',
        `Im ${partName(entry.public)} gibt es keinen Hauptpunkt ${placement.parentNumber}.`,
        { field: 'parentNumber' },
      );
    }
    insertAt = parentIndex + 1;
    while (insertAt < sorted.length && sorted[insertAt]?.level === 2) insertAt++;
  } else {
    const lastInPart = sorted.map((i) => i.public).lastIndexOf(entry.public);
    insertAt = lastInPart < 0 ? (entry.public ? 0 : sorted.length) : lastInPart + 1;
  }
  const draft: (NewAgendaEntry & { id?: string })[] = [...sorted];
  const fresh: NewAgendaEntry = { ...entry, level };
  draft.splice(insertAt, 0, fresh);
  const numbered = numberAgenda(
    draft.map((item, index) => ({ ...item, order: index })),
    options.style,
  );
  const added = numbered[draft.indexOf(fresh)];
  if (!added) throw new Error('inserted agenda item lost during numbering');
  return { items: numbered, added };
}

/** Removes an item (and its sub-items). Drafts are renumbered; sent agendas keep their numbers. */
export function removeAgendaItem<T extends AgendaEntry>(
  items: readonly T[],
  id: string,
  options: { style: NumberingStyle; invitationSent: boolean },
): AgendaEntry[] {
  const target = items.find((i) => i.id === id);
  if (!target) throw new DomainError('not_found', 'Diesen Tagesordnungspunkt gibt es nicht.', { id });
  const isChild = (i: AgendaEntry) =>
    target.level === 1 &&
    i.level === 2 &&
    i.public === target.public &&
    i.number.startsWith(`${target.number}.`);
  const kept = items.filter((i) => i.id !== id && !isChild(i)).sort((a, b) => a.order - b.order);
  if (options.invitationSent) return kept.map((item, index) => ({ ...item, order: index + 1 }));
  return numberAgenda(kept, options.style);
}

/** Reorders a draft agenda to the given id sequence (all ids, each once) and renumbers it. */
export function reorderAgenda<T extends AgendaEntry>(
  items: readonly T[],
  orderedIds: readonly string[],
  options: { style: NumberingStyle; invitationSent: boolean },
): AgendaEntry[] {
  if (options.invitationSent) {
    throw new DomainError(
      'agenda_frozen',
      'Nach der Einladung bleibt die Nummerierung unverändert; Änderungen nur als Nachtrag.',
    );
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  if (orderedIds.length !== items.length || new Set(orderedIds).size !== items.length) {
    throw new DomainError(
      'validation_failed',
      'Die neue Reihenfolge muss jeden Punkt genau einmal enthalten.',
      {
        field: 'order',
      },
    );
  }
  const reordered = orderedIds.map((id, index) => {
    const item = byId.get(id);
    if (!item)
      throw new DomainError('validation_failed', `Unbekannter Tagesordnungspunkt ${id}.`, { field: 'order' });
    return { ...item, order: index };
  });
  return numberAgenda(reordered, options.style);
}
