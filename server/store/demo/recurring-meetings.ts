import type { AgendaResult } from '../../domain/agenda/results';
import { KOELN_STANDARD, METTMANN_FORMALIEN, type AgendaTemplate } from '../../domain/agenda/templates';
import type { MeetingState } from '../../domain/meetings/lifecycle';
import { agendaFromTemplate, sub, top, type TemplateAddition } from './agenda-seeds';
import type { DemoBodyKey } from './bodies';
import type { DemoContext } from './context';
import { isMeetingFreeDay } from './holidays';
import { loadMeeting } from './meetings';
import { loadPapers } from './papers';
import { TOPICS, type Topic } from './recurring-topics';
import { addBerlinDays, berlinParts, nextWeekday, DAY_MS } from '../../domain/time/berlin';

export interface CommitteeSchedule {
  body: DemoBodyKey;
  committee: string;
  meetingName: string;
  template: AgendaTemplate;
  /** 0 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  intervalWeeks: number;
  /** The next meeting is at least this many days ahead (below 14, so its invitation is out). */
  leadDays: number;
  location?: string;
  /** Position among the future meetings that gets this state instead of terminiert. */
  exceptions?: Record<number, MeetingState>;
}

export const DEMO_SCHEDULES: readonly CommitteeSchedule[] = [
  {
    body: 'koeln',
    committee: 'UA DiKO',
    meetingName: 'Sitzung des Unterausschusses Digitale Kommunikation und Organisation',
    template: KOELN_STANDARD,
    weekday: 1,
    hour: 14,
    minute: 0,
    intervalWeeks: 6,
    leadDays: 4,
    location: 'location:koeln:europasaal',
    exceptions: { 1: 'verschoben' },
  },
  {
    body: 'koeln',
    committee: 'DiA',
    meetingName: 'Sitzung des Digitalisierungsausschusses',
    template: KOELN_STANDARD,
    weekday: 1,
    hour: 15,
    minute: 30,
    intervalWeeks: 5,
    leadDays: 11,
    location: 'location:koeln:europasaal',
  },
  {
    body: 'mettmann',
    committee: 'ADig',
    meetingName: 'Sitzung des Ausschusses für Digitalisierung',
    template: METTMANN_FORMALIEN,
    weekday: 4,
    hour: 16,
    minute: 30,
    intervalWeeks: 6,
    leadDays: 8,
    location: 'location:mettmann:1.601',
    exceptions: { 2: 'abgesagt' },
  },
];

const HORIZON_DAYS = 122;
const PAST_MEETINGS = 2;

export interface PlannedMeeting {
  start: Date;
  state: MeetingState;
  /** past:1 is the latest held meeting, next:0 the invited one; Anfragen and follow-ups refer to these. */
  handle: string;
}

/** The committee's rhythm around `now`: the last two held meetings and the next ~4 months. */
export function planMeetings(schedule: CommitteeSchedule, now: Date): PlannedMeeting[] {
  const first = nextWeekday(
    new Date(now.getTime() + schedule.leadDays * DAY_MS),
    schedule.weekday,
    schedule.hour,
    schedule.minute,
  );
  const horizon = now.getTime() + HORIZON_DAYS * DAY_MS;
  const starts = new Map<number, Date>();
  for (let position = -(PAST_MEETINGS + 1); ; position++) {
    const start = avoidMeetingFreeDays(addBerlinDays(first, position * schedule.intervalWeeks * 7));
    if (start.getTime() > horizon) break;
    starts.set(start.getTime(), start);
  }
  const sorted = [...starts.values()].sort((a, b) => a.getTime() - b.getTime());
  const past = sorted.filter((s) => s.getTime() < now.getTime()).slice(-PAST_MEETINGS);
  const future = sorted.filter((s) => s.getTime() > now.getTime());
  return [
    ...past.map((start, i) => ({
      start,
      state: 'durchgefuehrt' as const,
      handle: `past:${past.length - i}`,
    })),
    ...future.map((start, i) => ({
      start,
      state: i === 0 ? ('eingeladen' as const) : (schedule.exceptions?.[i] ?? 'terminiert'),
      handle: `next:${i}`,
    })),
  ];
}

/** Meetings around `now`: two held ones, an invited next one, and the following ~4 months. */
export async function loadRecurringMeetings(ctx: DemoContext): Promise<void> {
  for (const schedule of DEMO_SCHEDULES) {
    let topicIndex = 0;
    for (const { start, state, handle } of planMeetings(schedule, ctx.now)) {
      const withAgenda = state === 'durchgefuehrt' || state === 'eingeladen';
      const topics = withAgenda ? pickTopics(schedule.committee, topicIndex, 3) : [];
      topicIndex += topics.length;
      const additions = await additionsFor(ctx, schedule, start, topics, state === 'durchgefuehrt');
      // Invitations go out two weeks ahead; a meeting pushed back by a holiday was invited early.
      const invitationDate = new Date(
        Math.min(addBerlinDays(start, -14).getTime(), ctx.now.getTime() - DAY_MS),
      );
      const meeting = await loadMeeting(ctx, {
        body: schedule.body,
        committee: schedule.committee,
        name: schedule.meetingName,
        start,
        end: state === 'durchgefuehrt' ? new Date(start.getTime() + 100 * 60_000) : undefined,
        location: schedule.location,
        state,
        invitationDate: withAgenda ? invitationDate : undefined,
        agenda: agendaFromTemplate(schedule.template, additions),
      });
      ctx.ids.set(`meeting:${schedule.body}:${schedule.committee}:${handle}`, meeting._id);
    }
  }
}

/** Moves a date a week on until it is no holiday (the committee keeps its weekday). */
function avoidMeetingFreeDays(start: Date): Date {
  let moved = start;
  while (isMeetingFreeDay(moved)) moved = addBerlinDays(moved, 7);
  return moved;
}

function pickTopics(committee: string, from: number, count: number): Topic[] {
  const pool = TOPICS[committee] ?? [];
  return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[(from + i) % pool.length]!);
}

async function additionsFor(
  ctx: DemoContext,
  schedule: CommitteeSchedule,
  start: Date,
  topics: readonly Topic[],
  held: boolean,
): Promise<TemplateAddition[]> {
  const year = berlinParts(start).year;
  const additions: TemplateAddition[] = [];
  for (const [i, topic] of topics.entries()) {
    const reference = generatedReference(schedule, start, i, year);
    await loadPapers(ctx, schedule.body, [
      {
        reference,
        name: topic.name,
        paperType: topic.paperType,
        public: topic.public,
        date: addBerlinDays(start, -21),
      },
    ]);
    const result: AgendaResult | undefined = held
      ? topic.paperType === 'Beschlussvorlage'
        ? 'einstimmig angenommen'
        : 'zur Kenntnis genommen'
      : undefined;
    const mettmann = schedule.template === METTMANN_FORMALIEN;
    additions.push({
      section: topic.section,
      public: topic.public,
      // Kreis Mettmann puts Vorlagen as main items in front of "Informationen der Verwaltung".
      placement: mettmann ? 'before' : 'under',
      items: [(mettmann ? top : sub)(topic.name, { paperReference: reference, result })],
    });
  }
  return additions;
}

/** Köln "NNNN/YYYY", Kreis Mettmann "10/NNN/YYYY"; derived from the date so reloads find them again. */
function generatedReference(schedule: CommitteeSchedule, start: Date, index: number, year: number): string {
  const p = berlinParts(start);
  const dayOfYear = Math.floor((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY_MS);
  const committeeOffset = schedule.committee === 'DiA' ? 6000 : 2000;
  if (schedule.body === 'mettmann')
    return `10/${String(100 + dayOfYear * 3 + index).padStart(3, '0')}/${year}`;
  return `${committeeOffset + dayOfYear * 3 + index}/${year}`;
}
