import { DomainError } from '../errors';
import type { AgendaEntry, NewAgendaEntry, NumberingStyle } from './agenda-entry';

/**
 * Puts the öffentlicher Teil first (keeping the given order inside each part), then assigns
 * `order` 1..n and printed numbers. Used while the agenda is still being drafted.
 */
export function numberAgenda<T extends NewAgendaEntry & { order?: number }>(
  items: readonly T[],
  style: NumberingStyle,
): (T & AgendaEntry)[] {
  const indexed = items.map((item, index) => ({ item, index }));
  indexed.sort(
    (a, b) =>
      Number(b.item.public) - Number(a.item.public) ||
      (a.item.order ?? a.index) - (b.item.order ?? b.index) ||
      a.index - b.index,
  );
  let main = 0;
  let sub = 0;
  let currentPublic: boolean | undefined;
  return indexed.map(({ item }, position) => {
    if (item.public !== currentPublic) {
      if (currentPublic !== undefined && style.restartInNonPublic) main = 0;
      currentPublic = item.public;
      if (item.level === 2) {
        throw new DomainError(
          'agenda_subitem_without_parent',
          `„${item.name}“ ist ein Unterpunkt, aber im ${partName(item.public)} steht kein Hauptpunkt davor.`,
        );
      }
    }
    let number: string;
    if (item.level === 1) {
      main += 1;
      sub = 0;
      number = String(main);
    } else {
      sub += 1;
      number = `${main}.${sub}`;
    }
    return { ...item, number, order: position + 1 };
  });
}

export function partName(isPublic: boolean): string {
  return isPublic ? 'öffentlichen Teil' : 'nichtöffentlichen Teil';
}

/** Sort key for printed numbers: "2" < "2.1" < "2.10" < "10". */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
