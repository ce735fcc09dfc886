import { Schema, model, type InferSchemaType } from 'mongoose';
import { MEETING_STATES } from '../../domain/meetings/lifecycle';
import { AGENDA_RESULTS } from '../../domain/agenda/results';
import { bumpsStampOnWrite } from '../change-stamps/bump-on-write';

const groupVotesSchema = new Schema(
  { group: { type: String, required: true }, yes: Number, no: Number, abstain: Number },
  { _id: false },
);

/** Structured Abstimmungsergebnis; `version` counts its changes (one channel post per version). */
const voteSchema = new Schema(
  {
    kind: { type: String, enum: AGENDA_RESULTS, required: true },
    yes: { type: Number, min: 0 },
    no: { type: Number, min: 0 },
    abstain: { type: Number, min: 0 },
    breakdown: { type: [groupVotesSchema], default: undefined },
    referredTo: String,
    withoutVote: Boolean,
    version: { type: Number, required: true },
    recordedAt: Date,
    recordedBy: { type: Schema.Types.ObjectId, ref: 'User' },
  },
  { _id: false },
);

/** Tagesordnungspunkt, embedded in its meeting (see docs/adr/0004-agenda-items-embedded.md). */
const agendaItemSchema = new Schema(
  {
    number: { type: String, required: true },
    order: { type: Number, required: true },
    /** 1 for a main item ("2"), 2 for a sub-item ("2.1"). */
    level: { type: Number, enum: [1, 2], default: 1 },
    name: { type: String, required: true, trim: true },
    public: { type: Boolean, required: true },
    paper: { type: Schema.Types.ObjectId, ref: 'Paper' },
    /** Nachtrag: added after the invitation was sent. */
    supplement: { type: Boolean, default: false },
    result: { type: String, enum: AGENDA_RESULTS },
    resolutionText: String,
    vote: voteSchema,
    start: Date,
    end: Date,
  },
  { timestamps: true },
);

/** Sitzung (OParl Meeting) with its agenda. */
const meetingSchema = new Schema(
  {
    body: { type: Schema.Types.ObjectId, ref: 'Body', required: true },
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    legislativeTerm: { type: Schema.Types.ObjectId, ref: 'LegislativeTerm' },
    name: { type: String, required: true, trim: true },
    state: { type: String, enum: MEETING_STATES, default: 'terminiert' },
    cancelled: { type: Boolean, default: false },
    start: { type: Date, required: true },
    end: Date,
    location: { type: Schema.Types.ObjectId, ref: 'Location' },
    invitationDate: Date,
    /** Second convocation on the same matter: quorate regardless of attendance. */
    secondConvocation: { type: Boolean, default: false },
    /** The chair formally established the lack of quorum (recorded by the office). */
    quorumLackEstablished: {
      type: new Schema({ at: Date, by: { type: Schema.Types.ObjectId, ref: 'Person' } }, { _id: false }),
      default: undefined,
    },
    publishedAt: Date,
    agendaItems: { type: [agendaItemSchema], default: [] },
  },
  { timestamps: true, optimisticConcurrency: true },
);
meetingSchema.index({ start: 1 });
meetingSchema.index({ organization: 1, start: 1 });
meetingSchema.index({ 'agendaItems.paper': 1 });

/** The fields of a calendar entry (everything but the agenda and bookkeeping). */
export const MEETING_SUMMARY_FIELDS = [
  '_id',
  'body',
  'organization',
  'legislativeTerm',
  'name',
  'state',
  'cancelled',
  'start',
  'end',
  'location',
  'invitationDate',
  'secondConvocation',
  'publishedAt',
  '__v',
] as const;
// Agenda edits bump the version (`__v`), so they count too; presence and timing writes do not.
meetingSchema.plugin(bumpsStampOnWrite, {
  stamp: 'meeting-summaries',
  watchedFields: MEETING_SUMMARY_FIELDS,
});

export type MeetingDoc = InferSchemaType<typeof meetingSchema>;
export type AgendaItemDoc = InferSchemaType<typeof agendaItemSchema>;
export const MeetingModel = model('Meeting', meetingSchema);
