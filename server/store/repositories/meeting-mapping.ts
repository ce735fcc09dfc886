import type { AgendaResult } from '../../domain/agenda/results';
import type { MeetingState } from '../../domain/meetings/lifecycle';
import type { AgendaItemRecord, MeetingRecord, MeetingSummary } from '../../domain/meetings/ports';
import { toStoredVote } from '../results/mongo-result-store';
import { idString, optional, optionalId } from './mapping';

type AgendaItemLean = {
  _id: unknown;
  number: string;
  order: number;
  level?: number | null;
  name: string;
  public: boolean;
  paper?: unknown;
  supplement?: boolean | null;
  result?: string | null;
  resolutionText?: string | null;
  vote?: Parameters<typeof toStoredVote>[0] | null;
  start?: Date | null;
  end?: Date | null;
};

export type MeetingLean = {
  _id: unknown;
  __v?: number;
  body: unknown;
  organization: unknown;
  legislativeTerm?: unknown;
  name: string;
  state?: string | null;
  cancelled?: boolean | null;
  start: Date;
  end?: Date | null;
  location?: unknown;
  invitationDate?: Date | null;
  secondConvocation?: boolean | null;
  publishedAt?: Date | null;
  agendaItems?: AgendaItemLean[];
};

function toAgendaItemRecord(doc: AgendaItemLean): AgendaItemRecord {
  return {
    id: idString(doc._id),
    number: doc.number,
    order: doc.order,
    level: doc.level === 2 ? 2 : 1,
    name: doc.name,
    public: doc.public,
    paper: optionalId(doc.paper),
    supplement: doc.supplement ?? false,
    result: optional(doc.result) as AgendaResult | undefined,
    resolutionText: optional(doc.resolutionText),
    vote: doc.vote ? toStoredVote(doc.vote) : undefined,
    start: optional(doc.start),
    end: optional(doc.end),
  };
}

export function toSummary(doc: MeetingLean): MeetingSummary {
  return {
    id: idString(doc._id),
    body: idString(doc.body),
    organization: idString(doc.organization),
    legislativeTerm: optionalId(doc.legislativeTerm),
    name: doc.name,
    state: (doc.state ?? 'terminiert') as MeetingState,
    cancelled: doc.cancelled ?? false,
    start: doc.start,
    end: optional(doc.end),
    location: optionalId(doc.location),
    invitationDate: optional(doc.invitationDate),
    secondConvocation: doc.secondConvocation ?? false,
    publishedAt: optional(doc.publishedAt),
    version: doc.__v ?? 0,
  };
}

export function toMeetingRecord(doc: MeetingLean): MeetingRecord {
  return { ...toSummary(doc), agendaItems: (doc.agendaItems ?? []).map(toAgendaItemRecord) };
}
