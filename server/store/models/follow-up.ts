import { Schema, model, type InferSchemaType } from 'mongoose';
import { bumpsStampOnWrite } from '../change-stamps/bump-on-write';

export const FOLLOW_UP_KINDS = ['zusage', 'pruefauftrag', 'arbeitsauftrag', 'beschlusskontrolle'] as const;
export const FOLLOW_UP_STATUSES = ['offen', 'erledigt', 'aufgehoben'] as const;

/** Zusage, Prüfauftrag, Arbeitsauftrag or the carrying out of a resolution. */
const followUpSchema = new Schema(
  {
    body: { type: Schema.Types.ObjectId, ref: 'Body', required: true },
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    meeting: { type: Schema.Types.ObjectId, ref: 'Meeting' },
    agendaItem: Schema.Types.ObjectId,
    paper: { type: Schema.Types.ObjectId, ref: 'Paper' },
    inquiry: { type: Schema.Types.ObjectId, ref: 'Inquiry' },
    kind: { type: String, enum: FOLLOW_UP_KINDS, required: true },
    title: { type: String, required: true, trim: true },
    description: String,
    /** Non-public follow-ups stem from the nichtöffentlicher Teil. */
    public: { type: Boolean, default: true },
    ownerDepartment: String,
    ownerPerson: { type: Schema.Types.ObjectId, ref: 'Person' },
    dueDate: Date,
    status: { type: String, enum: FOLLOW_UP_STATUSES, default: 'offen' },
    completedAt: Date,
    completionNote: String,
    /** Who closed it (display name), for the announcement and the standing report. */
    completedByName: String,
    /** An owner's request for a later due date, pending until the office approves or rejects it. */
    dueDateRequest: {
      type: new Schema(
        {
          dueDate: { type: Date, required: true },
          reason: { type: String, required: true },
          requestedBy: { type: Schema.Types.ObjectId, ref: 'Person' },
          requestedByName: String,
          requestedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: undefined,
    },
    /** When the overdue item was escalated to the office head (once per due date). */
    escalatedAt: Date,
  },
  { timestamps: true },
);
followUpSchema.index({ status: 1, dueDate: 1 });
followUpSchema.index({ organization: 1, status: 1, dueDate: 1 });
followUpSchema.index({ meeting: 1 });
followUpSchema.plugin(bumpsStampOnWrite, { stamp: 'open-items' });

export type FollowUpDoc = InferSchemaType<typeof followUpSchema>;
export const FollowUpModel = model('FollowUp', followUpSchema);
