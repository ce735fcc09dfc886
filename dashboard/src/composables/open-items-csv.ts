import type { OpenItem } from '../api/types';
import { safeCell, toCsv } from './csv';

export interface CsvLabels {
  columns: {
    kind: string;
    number: string;
    title: string;
    committee: string;
    state: string;
    department: string;
    due: string;
  };
  kinds: Record<OpenItem['kind'], string>;
  overdue: string;
  state?: (state: string) => string;
}

/** The open-items table as CSV, in the visible order and language, dates as YYYY-MM-DD. */
export function openItemsCsv(items: readonly OpenItem[], labels: CsvLabels): string {
  const header = [
    labels.columns.kind,
    labels.columns.number,
    labels.columns.title,
    labels.columns.committee,
    labels.columns.state,
    labels.columns.department,
    labels.columns.due,
    labels.overdue,
  ];
  const rows = items.map((item) => [
    labels.kinds[item.kind],
    item.number ?? '',
    safeCell(item.title),
    safeCell(item.organization.name ?? ''),
    labels.state ? labels.state(item.state) : item.state,
    safeCell(item.department ?? ''),
    item.dueDate ? berlinDate(item.dueDate) : '',
    item.overdue ? labels.overdue : '',
  ]);
  return toCsv([header, ...rows]);
}

function berlinDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(iso));
}
