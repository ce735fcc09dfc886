import type { NewAgendaEntry } from '../../domain/agenda/agenda-entry';
import type { AgendaResult } from '../../domain/agenda/results';
import type { AgendaTemplate } from '../../domain/agenda/templates';
import type { CONSULTATION_ROLES } from '../models';

export interface AgendaItemSeed {
  name: string;
  public: boolean;
  level: 1 | 2;
  /** Reference of a paper of the same body. */
  paperReference?: string;
  supplement?: boolean;
  result?: AgendaResult;
  resolutionText?: string;
  /** Default: Entscheidung for Beschlussvorlagen and Anträge, otherwise Kenntnisnahme. */
  consultationRole?: (typeof CONSULTATION_ROLES)[number];
}

type ItemExtras = Omit<AgendaItemSeed, 'name' | 'public' | 'level'>;
type PartItem = Omit<AgendaItemSeed, 'public'>;

/** A main item ("2"). */
export function top(name: string, extras: ItemExtras = {}): PartItem {
  return { name, level: 1, ...extras };
}

/** A sub-item ("2.1") of the main item before it. */
export function sub(name: string, extras: ItemExtras = {}): PartItem {
  return { name, level: 2, ...extras };
}

export function publicPart(items: readonly PartItem[]): AgendaItemSeed[] {
  return items.map((item) => ({ ...item, public: true }));
}

export function nonPublicPart(items: readonly PartItem[]): AgendaItemSeed[] {
  return items.map((item) => ({ ...item, public: false }));
}

export interface TemplateAddition {
  /** Name of a template main item in the given part. */
  section: string;
  public: boolean;
  /** `under`: sub-items after the section's own sub-items; `before`: main items in front of it. */
  placement: 'under' | 'before';
  items: readonly PartItem[];
}

/** A committee's standard agenda with the meeting's own items filled in. */
export function agendaFromTemplate(
  template: AgendaTemplate,
  additions: readonly TemplateAddition[] = [],
): AgendaItemSeed[] {
  const items: AgendaItemSeed[] = template.items.map((entry: NewAgendaEntry) => ({
    name: entry.name,
    public: entry.public,
    level: entry.level,
  }));
  for (const addition of additions) {
    const sectionIndex = items.findIndex(
      (i) => i.level === 1 && i.public === addition.public && i.name === addition.section,
    );
    if (sectionIndex < 0) throw new Error(`Template ${template.key} has no section "${addition.section}"`);
    let at = sectionIndex;
    if (addition.placement === 'under') {
      at = sectionIndex + 1;
      while (items[at]?.level === 2 && items[at]?.public === addition.public) at++;
    }
    items.splice(at, 0, ...addition.items.map((i) => ({ ...i, public: addition.public })));
  }
  return items;
}
