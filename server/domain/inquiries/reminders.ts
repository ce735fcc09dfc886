import { DAY_MS } from '../time/berlin';
import { notifyDepartment } from './notify';
import type { InquiryDeps } from './ports';

/** How long before the answer due date the department is reminded. */
export const REMINDER_DAYS_BEFORE = 3;

/**
 * Reminds the department of every assigned Anfrage whose answer is due within the next days;
 * once per Anfrage (the outbox key), however often this runs.
 */
export async function remindDepartments(deps: InquiryDeps, now: Date): Promise<number> {
  const due = await deps.store.list(
    {
      states: ['zugewiesen'],
      dueAfter: now,
      dueBefore: new Date(now.getTime() + REMINDER_DAYS_BEFORE * DAY_MS),
    },
    5_000,
  );
  let reminded = 0;
  for (const inquiry of due) {
    const committee = await deps.store.committee(inquiry.committeeId);
    if ((await notifyDepartment(deps, inquiry, 'erinnerung', committee?.shortName ?? '')) > 0) reminded += 1;
  }
  if (reminded > 0) deps.onQueued?.();
  return reminded;
}
