import { BodyModel } from '../models';
import { loadDemoAccounts, type DemoAccount } from './accounts';
import { loadAttendance } from './attendance';
import { loadBodies } from './bodies';
import { createDemoContext, type DemoContext } from './context';
import { ADIG_2021_ATTENDANCE, UA_DIKO_2019_ATTENDANCE } from './historic-attendance';
import { DIA_2021_MEETINGS } from './koeln-dia-2021';
import { KOELN_ORGANIZATIONS } from './koeln-organizations';
import { KOELN_2019_PAPERS, KOELN_2021_PAPERS } from './koeln-papers';
import { KOELN_PERSONS, UA_DIKO_MEMBERSHIPS } from './koeln-people';
import { MITTEILUNG_3827_FURTHER_STOPS, UA_DIKO_2019 } from './koeln-ua-diko-2019';
import { DEMO_MARKER_ID, DemoDataLoadModel } from './marker';
import { loadMeeting } from './meetings';
import { ADIG_2021 } from './mettmann-adig-2021';
import { METTMANN_ORGANIZATIONS } from './mettmann-organizations';
import { METTMANN_2021_PAPERS } from './mettmann-papers';
import { ADIG_MEMBERSHIPS, METTMANN_PERSONS } from './mettmann-people';
import { loadFollowUps, loadInquiries } from './open-items';
import { followUpSeeds } from './follow-ups-data';
import { inquirySeeds } from './inquiries-data';
import { ADIG_2021_KEY, UA_DIKO_2019_KEY } from './meeting-keys';
import { loadOrganizations, orgKey } from './organizations';
import { loadPapers } from './papers';
import { loadMemberships, loadPersons } from './people';
import { loadRecurringMeetings } from './recurring-meetings';

export { formatDemoAccounts, type DemoAccount } from './accounts';

export interface DemoDataResult {
  /** True when this call added documents (the first load, or the completion of an interrupted one). */
  created: boolean;
  /** Logins created by this call, with their one-time passwords. */
  accounts: DemoAccount[];
}

/**
 * Loads the demo data set drawn from the seeds (Stadt Köln, Kreis Mettmann) with meetings, Anfragen
 * and follow-ups around `now`. Idempotent: a marker records the load; a database holding other
 * data (bodies but no marker) is never touched.
 */
export async function loadDemoData(now: Date): Promise<DemoDataResult> {
  const marker = await DemoDataLoadModel.findById(DEMO_MARKER_ID);
  if (marker?.state === 'complete') return { created: false, accounts: [] };
  if (!marker && (await BodyModel.exists({}))) return { created: false, accounts: [] };
  // An interrupted load resumes with its original reference date, so relative dates line up.
  const referenceDate = marker?.referenceDate ?? now;
  if (!marker) {
    await DemoDataLoadModel.create({
      _id: DEMO_MARKER_ID,
      state: 'loading',
      startedAt: new Date(),
      referenceDate,
    });
  }
  const ctx = createDemoContext(referenceDate);
  await loadStructure(ctx);
  await loadHistoricMeetings(ctx);
  await loadRecurringMeetings(ctx);
  await loadInquiries(ctx, inquirySeeds(referenceDate));
  await loadFollowUps(ctx, followUpSeeds(referenceDate));
  const accounts = await loadDemoAccounts(ctx);
  await DemoDataLoadModel.updateOne(
    { _id: DEMO_MARKER_ID },
    { $set: { state: 'complete', completedAt: new Date() } },
  );
  return { created: ctx.created > 0, accounts };
}

async function loadStructure(ctx: DemoContext): Promise<void> {
  await loadBodies(ctx);
  await loadOrganizations(ctx, 'koeln', KOELN_ORGANIZATIONS);
  await loadOrganizations(ctx, 'mettmann', METTMANN_ORGANIZATIONS);
  await loadPersons(ctx, 'koeln', KOELN_PERSONS);
  await loadPersons(ctx, 'mettmann', METTMANN_PERSONS);
  await loadMemberships(ctx, 'koeln', orgKey('koeln', 'UA DiKO'), UA_DIKO_MEMBERSHIPS);
  await loadMemberships(ctx, 'mettmann', orgKey('mettmann', 'ADig'), ADIG_MEMBERSHIPS);
  await loadPapers(ctx, 'koeln', [...KOELN_2019_PAPERS, ...KOELN_2021_PAPERS]);
  await loadPapers(ctx, 'mettmann', METTMANN_2021_PAPERS);
}

async function loadHistoricMeetings(ctx: DemoContext): Promise<void> {
  const uaDiko = await loadMeeting(ctx, UA_DIKO_2019);
  ctx.ids.set(UA_DIKO_2019_KEY, uaDiko._id);
  await loadAttendance(ctx, 'koeln', uaDiko, UA_DIKO_2019_ATTENDANCE);
  for (const seed of [...MITTEILUNG_3827_FURTHER_STOPS, ...DIA_2021_MEETINGS]) await loadMeeting(ctx, seed);
  const adig = await loadMeeting(ctx, ADIG_2021);
  ctx.ids.set(ADIG_2021_KEY, adig._id);
  await loadAttendance(ctx, 'mettmann', adig, ADIG_2021_ATTENDANCE);
}
