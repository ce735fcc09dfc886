import type { AgendaEntry } from './agenda-entry';

export interface AgendaNode<T extends AgendaEntry = AgendaEntry> {
  item: T;
  children: T[];
}

export interface AgendaParts<T extends AgendaEntry = AgendaEntry> {
  publicPart: AgendaNode<T>[];
  nonPublicPart: AgendaNode<T>[];
}

/** Splits an agenda into öffentlicher and nichtöffentlicher Teil, sub-items under their main item. */
export function agendaParts<T extends AgendaEntry>(items: readonly T[]): AgendaParts<T> {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const parts: AgendaParts<T> = { publicPart: [], nonPublicPart: [] };
  for (const item of sorted) {
    const part = item.public ? parts.publicPart : parts.nonPublicPart;
    const parent = part.at(-1);
    if (item.level === 2 && parent) parent.children.push(item);
    else part.push({ item, children: [] });
  }
  return parts;
}

/**
 * What an audience without rights in the committee may see: the public items and only the
 * number of non-public ones.
 */
export function publicView<T extends AgendaEntry>(
  items: readonly T[],
): { items: T[]; nonPublicCount: number } {
  const visible = items.filter((item) => item.public);
  return { items: visible, nonPublicCount: items.length - visible.length };
}
