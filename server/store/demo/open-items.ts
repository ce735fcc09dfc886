import type { Types } from 'mongoose';
import type { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES, INQUIRY_STATES } from '../models';
import { FollowUpModel, InquiryModel, MeetingModel } from '../models';
import { InquiryCounterModel } from '../inquiries/inquiry-counter';
import type { DemoBodyKey } from './bodies';
import { ensure, idOf, type DemoContext } from './context';
import { orgKey } from './organizations';
import { paperKey } from './papers';
import { personKey } from './people';
import { DAY_MS } from '../../domain/time/berlin';

type InquiryState = (typeof INQUIRY_STATES)[number];

export interface InquirySeed {
  body: DemoBodyKey;
  committee: string;
  /** Context key of the meeting. */
  meeting: string;
  number: string;
  subject: string;
  text: string;
  kind: 'schriftlich' | 'muendlich';
  author: string;
  onBehalfOf?: string;
  filedAt: Date;
  /** States after eingereicht, each with its date. */
  steps: ReadonlyArray<{ state: InquiryState; at: Date }>;
  department?: string;
  dueDate?: Date;
  answer?: { text: string; answeredAt: Date };
  paperReference?: string;
}

export interface FollowUpSeed {
  body: DemoBodyKey;
  committee: string;
  meeting: string;
  /** Printed number of the agenda item it stems from. */
  agendaNumber?: string;
  kind: (typeof FOLLOW_UP_KINDS)[number];
  title: string;
  description?: string;
  public?: boolean;
  ownerDepartment?: string;
  ownerPerson?: string;
  dueDate: Date;
  status?: (typeof FOLLOW_UP_STATUSES)[number];
  completedAt?: Date;
  completionNote?: string;
}

export function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

export async function loadInquiries(ctx: DemoContext, seeds: readonly InquirySeed[]): Promise<void> {
  for (const seed of seeds) {
    const steps = [{ state: 'eingereicht' as const, at: seed.filedAt }, ...seed.steps];
    await ensure(
      ctx,
      InquiryModel,
      { body: idOf(ctx, `body:${seed.body}`), number: seed.number },
      {
        organization: idOf(ctx, orgKey(seed.body, seed.committee)),
        meeting: idOf(ctx, seed.meeting),
        subject: seed.subject,
        text: seed.text,
        kind: seed.kind,
        author: idOf(ctx, personKey(seed.body, seed.author)),
        onBehalfOf: seed.onBehalfOf ? idOf(ctx, orgKey(seed.body, seed.onBehalfOf)) : undefined,
        state: steps.at(-1)?.state,
        history: steps,
        department: seed.department,
        dueDate: seed.dueDate,
        answer: seed.answer,
        paper: seed.paperReference ? idOf(ctx, paperKey(seed.body, seed.paperReference)) : undefined,
        createdAt: seed.filedAt,
      },
    );
  }
  await continueNumbering(ctx, seeds);
}

/** New Anfragen continue after the demo's numbers (`AN/0003/2026` → the next one is 4). */
async function continueNumbering(ctx: DemoContext, seeds: readonly InquirySeed[]): Promise<void> {
  for (const seed of seeds) {
    const match = /^[^/]+\/(\d+)\/(\d{4})$/.exec(seed.number);
    if (!match) throw new Error(`demo Anfrage number ${seed.number} does not follow AN/<seq>/<year>`);
    await InquiryCounterModel.updateOne(
      { body: idOf(ctx, `body:${seed.body}`), year: Number(match[2]) },
      { $max: { seq: Number(match[1]) } },
      { upsert: true },
    );
  }
}

export async function loadFollowUps(ctx: DemoContext, seeds: readonly FollowUpSeed[]): Promise<void> {
  for (const seed of seeds) {
    const meetingId = idOf(ctx, seed.meeting);
    const organization = idOf(ctx, orgKey(seed.body, seed.committee));
    await ensure(
      ctx,
      FollowUpModel,
      { organization, title: seed.title },
      {
        body: idOf(ctx, `body:${seed.body}`),
        meeting: meetingId,
        agendaItem: seed.agendaNumber ? await agendaItemId(meetingId, seed.agendaNumber) : undefined,
        kind: seed.kind,
        description: seed.description,
        public: seed.public ?? true,
        ownerDepartment: seed.ownerDepartment,
        ownerPerson: seed.ownerPerson ? idOf(ctx, personKey(seed.body, seed.ownerPerson)) : undefined,
        dueDate: seed.dueDate,
        status: seed.status ?? 'offen',
        completedAt: seed.completedAt,
        completionNote: seed.completionNote,
      },
    );
  }
}

/** The public part's item with this number (follow-ups of the demo stem from public items). */
async function agendaItemId(meetingId: Types.ObjectId, number: string): Promise<Types.ObjectId> {
  const meeting = await MeetingModel.findById(meetingId).orFail();
  const item = meeting.agendaItems.find((i) => i.public && i.number === number);
  if (!item) throw new Error(`Meeting ${meeting.name} has no public item ${number}`);
  return item._id;
}
