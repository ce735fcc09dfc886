import { mayReadConfidential, type Actor } from '../access/principal';
import type { FollowUpKind } from '../follow-ups/ports';
import type { Block, DocumentModel } from '../minutes/document';
import { germanDate } from '../minutes/german-dates';

export const REPORT_TITLE = 'Übersicht über die offenen Beschlüsse, Prüf- und Arbeitsaufträge';

/** An open follow-up with what the report prints about it, names resolved. */
export interface ReportEntry {
  id: string;
  kind: FollowUpKind;
  title: string;
  /** False when marked so or recorded under a non-public item. */
  public: boolean;
  owner?: string;
  dueDate?: Date;
  meetingDate?: Date;
  itemNumber?: string;
  paperReference?: string;
  /** A non-public paper's reference only for readers with rights. */
  paperPublic?: boolean;
}

export interface ReportSource {
  committee(committeeId: string): Promise<{ id: string; name: string; shortName: string } | null>;
  /** Follow-ups with status `offen` of the committee. */
  openEntries(committeeId: string): Promise<ReportEntry[]>;
}

export interface ReportGroup {
  kind: FollowUpKind;
  heading: string;
  entries: (ReportEntry & { overdue: boolean })[];
}

export interface OpenItemsReport {
  committee: { id: string; name: string; shortName: string };
  generatedAt: Date;
  groups: ReportGroup[];
  /** Non-public entries left out for this reader. */
  hiddenNonPublic: number;
  /** Non-public entries are in the report (an audited read). */
  includesNonPublic: boolean;
  overdueCount: number;
}

// The order of the standing report: resolutions to carry out first, then the tasks, then promises.
const GROUPS: { kind: FollowUpKind; heading: string }[] = [
  { kind: 'beschlusskontrolle', heading: 'Offene Beschlüsse' },
  { kind: 'pruefauftrag', heading: 'Prüfaufträge' },
  { kind: 'arbeitsauftrag', heading: 'Arbeitsaufträge' },
  { kind: 'zusage', heading: 'Zusagen' },
];

function byDueDate(a: ReportEntry, b: ReportEntry): number {
  const due = (e: ReportEntry) => e.dueDate?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return due(a) - due(b) || a.title.localeCompare(b.title, 'de');
}

export function buildOpenItemsReport(
  committee: OpenItemsReport['committee'],
  entries: readonly ReportEntry[],
  options: { includeNonPublic: boolean; now: Date },
): OpenItemsReport {
  const visible = options.includeNonPublic
    ? entries
    : entries
        .filter((entry) => entry.public)
        .map((entry) => (entry.paperPublic === false ? { ...entry, paperReference: undefined } : entry));
  const groups = GROUPS.map(({ kind, heading }) => ({
    kind,
    heading,
    entries: visible
      .filter((entry) => entry.kind === kind)
      .sort(byDueDate)
      .map((entry) => ({ ...entry, overdue: entry.dueDate !== undefined && entry.dueDate < options.now })),
  }));
  const hiddenNonPublic = entries.length - visible.length;
  return {
    committee,
    generatedAt: options.now,
    groups,
    hiddenNonPublic,
    includesNonPublic: options.includeNonPublic && visible.some((entry) => !entry.public),
    overdueCount: groups.reduce((sum, group) => sum + group.entries.filter((e) => e.overdue).length, 0),
  };
}

/** The standing report for one committee as this actor may read it. */
export async function openItemsReportFor(
  source: ReportSource,
  actor: Actor,
  committeeId: string,
  now: Date,
): Promise<OpenItemsReport | null> {
  const committee = await source.committee(committeeId);
  if (!committee) return null;
  const entries = await source.openEntries(committeeId);
  return buildOpenItemsReport(committee, entries, {
    includeNonPublic: mayReadConfidential(actor, committeeId),
    now,
  });
}

/** "überfällig seit 20.02.2021" or "offen". */
export function entryState(entry: { overdue: boolean; dueDate?: Date }): string {
  return entry.overdue && entry.dueDate ? `überfällig seit ${germanDate(entry.dueDate)}` : 'offen';
}

export function reportDocument(report: OpenItemsReport): DocumentModel {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: REPORT_TITLE },
    { kind: 'paragraph', text: `${report.committee.name}, Stand: ${germanDate(report.generatedAt)}` },
  ];
  for (const group of report.groups) {
    blocks.push({ kind: 'heading', level: 2, text: group.heading });
    if (group.entries.length === 0) {
      blocks.push({ kind: 'paragraph', text: 'Keine offenen Einträge.' });
      continue;
    }
    blocks.push({
      kind: 'table',
      header: ['Sitzung', 'TOP', 'Gegenstand', 'Zuständig', 'Frist', 'Stand'],
      rows: group.entries.map((entry) => [
        entry.meetingDate ? germanDate(entry.meetingDate) : '',
        entry.itemNumber ?? '',
        entry.paperReference ? `${entry.title} (Vorlage ${entry.paperReference})` : entry.title,
        entry.owner ?? '',
        entry.dueDate ? germanDate(entry.dueDate) : '',
        entryState(entry),
      ]),
    });
  }
  if (report.hiddenNonPublic > 0) {
    blocks.push({
      kind: 'paragraph',
      text:
        report.hiddenNonPublic === 1
          ? 'Ein weiterer, nichtöffentlicher Eintrag ist nur für Berechtigte einsehbar.'
          : `Weitere ${report.hiddenNonPublic} nichtöffentliche Einträge sind nur für Berechtigte einsehbar.`,
    });
  }
  return { title: `${REPORT_TITLE} ${report.committee.shortName}`, blocks };
}
